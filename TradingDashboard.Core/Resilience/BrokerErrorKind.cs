namespace TradingDashboard.Core.Resilience;

/// <summary>The typed faults of a broker call (ARCHITECTURE.md, "Account sync and health").</summary>
public enum BrokerErrorKind
{
    /// <summary>The connector or terminal could not initialise.</summary>
    Init,

    /// <summary>The broker refused the credentials.</summary>
    Auth,

    /// <summary>The account's circuit breaker is open: the call was not attempted.</summary>
    CircuitOpen,

    /// <summary>No answer in time. For an order the outcome is unknown and must be reconciled.</summary>
    Timeout,

    /// <summary>The answer could not be understood (malformed JSON, missing fields).</summary>
    Data,

    /// <summary>The broker or bridge could not be reached, or answered with a server error.</summary>
    Connection,

    /// <summary>The request was malformed before the broker judged it (HTTP 400 from the bridge).</summary>
    Validation,

    /// <summary>The call contradicts the connector's state, e.g. an unsupported capability or platform.</summary>
    State,
}

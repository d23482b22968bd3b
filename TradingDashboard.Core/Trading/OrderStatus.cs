namespace TradingDashboard.Core.Trading;

/// <summary>Life of an order intent. Only <see cref="Refused"/> is never stored: nothing was recorded or sent.</summary>
public enum OrderStatus
{
    /// <summary>Validation, risk or an open breaker refused it before anything was recorded or sent.</summary>
    Refused,

    /// <summary>Recorded with its idempotency key; about to be sent.</summary>
    Recorded,

    /// <summary>Executed: filled, closed, modified or cancelled as asked.</summary>
    Done,

    /// <summary>A pending order is waiting at the broker.</summary>
    Placed,

    /// <summary>The broker answered no (requote, invalid stops, no money, ...).</summary>
    Rejected,

    /// <summary>Sent, but no answer came back: verifying against the broker, never resent.</summary>
    Unknown,

    /// <summary>Reconciliation proved the broker never executed it.</summary>
    NotExecuted,
}

namespace TradingDashboard.Core.Resilience;

/// <summary>
/// A broker call failed as a fault (not a broker decision: those are <c>BrokerTradeResult</c>
/// values). The message is safe to show a trader and never contains credentials.
/// </summary>
public sealed class BrokerException(BrokerErrorKind kind, string message, Exception? inner = null) : DashboardException(message, inner)
{
    public BrokerErrorKind Kind { get; } = kind;

    /// <summary>True when a sent order may or may not have reached the broker.</summary>
    public bool OutcomeUnknown => Kind is BrokerErrorKind.Timeout or BrokerErrorKind.Connection;
}

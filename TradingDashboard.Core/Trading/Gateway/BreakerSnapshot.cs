using System.Globalization;

namespace TradingDashboard.Core.Trading.Gateway;

/// <summary>An account breaker at one moment.</summary>
/// <param name="State">Open while failing fast; HalfOpen once the next call may probe (or one is probing).</param>
/// <param name="ProbeInFlight">A half-open probe is running: other calls still fail fast until it ends.</param>
/// <param name="Failures">Faults in the sampling window that opened the breaker.</param>
/// <param name="RetryAt">When an open breaker lets the next probe through.</param>
internal sealed record BreakerSnapshot(BreakerState State, bool ProbeInFlight, int Failures, DateTimeOffset? RetryAt)
{
    public static BreakerSnapshot Closed { get; } = new(BreakerState.Closed, false, 0, null);

    /// <summary>False while calls would fail fast: orders are then refused before they are recorded.</summary>
    public bool AcceptsCalls => State == BreakerState.Closed || (State == BreakerState.HalfOpen && !ProbeInFlight);

    public string PausedMessage(string accountName) => ProbeInFlight || RetryAt is null
        ? $"Trading on {accountName} is paused: the broker failed {Failures} times; checking whether it is back."
        : string.Create(CultureInfo.InvariantCulture, $"Trading on {accountName} is paused: the broker failed {Failures} times; retrying at {RetryAt.Value.UtcDateTime:HH:mm:ss} UTC.");
}

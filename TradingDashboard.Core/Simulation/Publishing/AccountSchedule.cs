namespace TradingDashboard.Core.Simulation.Publishing;

/// <summary>When an account's next <c>account.info</c> and <c>positions.snapshot</c> are due.</summary>
internal sealed class AccountSchedule
{
    public DateTimeOffset NextInfo { get; set; } = DateTimeOffset.MinValue;

    public DateTimeOffset NextPositions { get; set; } = DateTimeOffset.MinValue;

    /// <summary>The account has not seen the current quotes yet (first step, or after a reconnect).</summary>
    public bool NeedsAllQuotes { get; set; } = true;

    /// <summary>Info and positions are due at once when the account next publishes (reconnect, poller start).</summary>
    public void Reset()
    {
        NextInfo = DateTimeOffset.MinValue;
        NextPositions = DateTimeOffset.MinValue;
    }
}

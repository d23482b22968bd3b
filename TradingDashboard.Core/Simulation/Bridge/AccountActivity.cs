namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>Publishing counters of one account, updated by the publish loop and read by diagnostics.</summary>
internal sealed class AccountActivity
{
    private long _published;
    private long _failures;
    private long _lastPublishUnixMs = long.MinValue;

    public long Published => Interlocked.Read(ref _published);

    public long Failures => Interlocked.Read(ref _failures);

    public DateTimeOffset? LastPublishAt =>
        Interlocked.Read(ref _lastPublishUnixMs) is var ms && ms == long.MinValue ? null : DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public void RecordPublished(DateTimeOffset at)
    {
        Interlocked.Increment(ref _published);
        Interlocked.Exchange(ref _lastPublishUnixMs, at.ToUnixTimeMilliseconds());
    }

    public void RecordFailure() => Interlocked.Increment(ref _failures);
}

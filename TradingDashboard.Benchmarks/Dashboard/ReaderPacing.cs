namespace TradingDashboard.Benchmarks.Dashboard;

/// <summary>How the throughput runs' hub subscribers read.</summary>
internal enum ReaderPacing
{
    /// <summary>Like the UI's LiveFeed: read a batch, then pause 100 ms (at most 10 renders a second).</summary>
    Paced,

    /// <summary>Like a bot: read again as soon as anything is pending; the hub wakes it for nearly every tick.</summary>
    Prompt,
}

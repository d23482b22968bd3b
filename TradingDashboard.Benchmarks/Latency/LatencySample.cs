using TradingDashboard.Benchmarks.Reporting;

namespace TradingDashboard.Benchmarks.Latency;

/// <summary>Latencies, in ms and ascending, of the measured messages the hub subscriber saw.</summary>
/// <param name="Published">Measured messages published.</param>
/// <param name="TotalMs">Publish call → subscriber read (Stopwatch).</param>
/// <param name="ToPipelineMs">sent_at → the pipeline applied it (QuoteUpdate.ReceivedAt; wall clock): broker, client, consumer, pipeline.</param>
/// <param name="HandOffMs">Applied → the subscriber read it (wall clock): the hub's buffer and the reader's wake-up.</param>
/// <param name="FreshMs">Publish call → the subscriber held that quote or a newer one of its symbol, for every published tick.</param>
/// <param name="Dropped">Evicted from the subscriber's buffer because it held too many distinct keys.</param>
/// <param name="Unexpected">Updates that named no measured sequence, or one already seen.</param>
internal sealed record LatencySample(int Published, double[] TotalMs, double[] ToPipelineMs, double[] HandOffMs, double[] FreshMs, long Dropped, long Unexpected)
{
    public int Received => TotalMs.Length;

    /// <summary>Replaced in the subscriber's buffer by a newer tick of the same symbol before it was read.</summary>
    public int Coalesced => Published - Received;

    public double Total(double percent) => Statistics.Percentile(TotalMs, percent);

    public double ToPipeline(double percent) => Statistics.Percentile(ToPipelineMs, percent);

    public double HandOff(double percent) => Statistics.Percentile(HandOffMs, percent);

    public double Fresh(double percent) => Statistics.Percentile(FreshMs, percent);
}

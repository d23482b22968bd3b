using TradingDashboard.Benchmarks.Reporting;
using TradingDashboard.Core.Messaging.Pipeline;

namespace TradingDashboard.Benchmarks.Throughput;

/// <summary>One timed drain of a pre-filled queue.</summary>
/// <param name="Stats">The dashboard pipeline's counters; null for the bare consumer.</param>
/// <param name="HubUpdates">Updates the hub subscriber was handed (coalescing may merge some).</param>
/// <param name="LeftInQueue">Messages back in the queue after the consumer closed: 0 when every one was acked.</param>
/// <param name="Usage">What this process spent over the timed span.</param>
internal sealed record ThroughputRun(string Variant, int Messages, TimeSpan Elapsed, PipelineStats? Stats, long HubUpdates, uint LeftInQueue, ResourceUsage Usage)
{
    public double MessagesPerSecond => Messages / Elapsed.TotalSeconds;
}

using TradingDashboard.Core.Messaging.Pipeline;

namespace TradingDashboard.Benchmarks.Latency;

/// <summary>One latency run: the publisher's pacing, the subscriber's sample and the pipeline's counters.</summary>
internal sealed record LatencyResult(int Rate, int WarmupMessages, PublishReport Publish, LatencySample Sample, PipelineStats Stats);

using TradingDashboard.Benchmarks.Latency;
using TradingDashboard.Benchmarks.Throughput;

namespace TradingDashboard.Benchmarks.Reporting;

/// <summary>What one invocation measured; a part is null when its mode did not run.</summary>
internal sealed record BenchmarkSummary(
    BenchmarkSettings Settings,
    IReadOnlyList<ThroughputRun>? Pipeline,
    ThroughputResult? Throughput,
    LatencyResult? Latency);

namespace TradingDashboard.Benchmarks;

/// <summary>What to measure.</summary>
internal enum BenchmarkMode
{
    /// <summary>Throughput, latency and the in-memory pipeline rate.</summary>
    All,

    /// <summary>Dashboard consumer vs a bare acking consumer over pre-published messages.</summary>
    Throughput,

    /// <summary>Publish-to-hub latency at a steady publish rate.</summary>
    Latency,

    /// <summary>The pipeline alone, in memory: the ceiling the consumer can reach.</summary>
    Pipeline,

    /// <summary>BenchmarkDotNet microbenchmark of one tick through the pipeline.</summary>
    Micro,

    /// <summary>Streaming indicator updates against recomputing them over a 500-bar window; no broker needed.</summary>
    Indicators,
}

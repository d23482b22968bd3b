using TradingDashboard.Benchmarks.Reporting;

namespace TradingDashboard.Benchmarks.Throughput;

/// <summary>Alternating bare and dashboard runs; the ratio is of the medians.</summary>
internal sealed record ThroughputResult(IReadOnlyList<ThroughputRun> Bare, IReadOnlyList<ThroughputRun> Dashboard)
{
    public const double Goal = 0.9;

    public double BareMedian => Statistics.Median(Bare.Select(r => r.MessagesPerSecond));

    public double DashboardMedian => Statistics.Median(Dashboard.Select(r => r.MessagesPerSecond));

    public double Ratio => DashboardMedian / BareMedian;

    /// <summary>Dashboard over bare within each adjacent pair: shows how much the machine drifted.</summary>
    public IReadOnlyList<double> PairRatios => [.. Bare.Zip(Dashboard, (b, d) => d.MessagesPerSecond / b.MessagesPerSecond)];

    /// <summary>Every dashboard message applied and every message of every run acked.</summary>
    public bool Valid => Dashboard.All(r => r.Stats?.Applied == r.Messages) && Bare.Concat(Dashboard).All(r => r.LeftInQueue == 0);
}

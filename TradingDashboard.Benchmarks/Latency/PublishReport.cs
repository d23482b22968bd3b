namespace TradingDashboard.Benchmarks.Latency;

/// <summary>How the paced publisher kept its schedule.</summary>
/// <param name="AchievedRate">Messages per second between the first and the last publish.</param>
/// <param name="MaxBehindMs">The furthest a publish fell behind its scheduled time.</param>
/// <param name="Unconfirmed">Publishes the broker nacked or returned.</param>
internal sealed record PublishReport(int Published, double AchievedRate, double MaxBehindMs, int Unconfirmed);

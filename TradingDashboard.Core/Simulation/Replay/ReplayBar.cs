namespace TradingDashboard.Core.Simulation.Replay;

/// <summary>One 1-minute bar of a replay file.</summary>
internal sealed record ReplayBar(DateTimeOffset Time, decimal Open, decimal High, decimal Low, decimal Close, long Volume);

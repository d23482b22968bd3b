namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>One live subscription and how many holders it has.</summary>
public sealed record SubscriptionCount(string Symbol, string? Timeframe, int Count);

namespace TradingDashboard.Core.Connectors.Mt5Bridge;

/// <summary>The bridge's reference count after a headless (un)subscribe.</summary>
internal sealed record Mt5SubscriptionChange(string? Symbol, string? Timeframe, int Count);

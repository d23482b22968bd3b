namespace TradingDashboard.Core.Connectors.Mt5Bridge;

/// <summary>Body of the headless (un)subscribe calls; <see cref="Timeframe"/> only for candles.</summary>
internal sealed record Mt5SubscriptionRequest(string Login, string Symbol, string? Timeframe);

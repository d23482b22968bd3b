namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>Body of the headless subscribe/unsubscribe calls; <see cref="Timeframe"/> only for candles.</summary>
public sealed record SubscriptionRequest(Guid? InternalAccountId, string? Login, string? Symbol, string? Timeframe);

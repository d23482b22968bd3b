namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>Result of a headless subscribe/unsubscribe: the reference count after the call.</summary>
/// <param name="Kind"><c>price</c> or <c>candles</c>.</param>
/// <param name="Subscribed">True while <paramref name="Count"/> is above zero.</param>
public sealed record SubscriptionChange(
    Guid? InternalAccountId,
    string Login,
    string Kind,
    string Symbol,
    string? Timeframe,
    int Count,
    bool Subscribed);

namespace TradingDashboard.Core.Trading;

/// <summary>Whether an account can trade now, and why not.</summary>
/// <param name="Breaker">The account's circuit breaker.</param>
/// <param name="Reason">Null when trading is possible; otherwise a sentence for the disabled buttons.</param>
public sealed record TradingStatus(Guid AccountId, BreakerState Breaker, bool CanTrade, string? Reason);

using TradingDashboard.Core.Domain;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>What a trade ticket opens for: one account's symbol, optionally with a side chosen.</summary>
/// <param name="Symbol">The broker's casing (<c>BTCUSD.a</c>).</param>
public sealed record TicketRequest(Guid AccountId, string Symbol, PositionSide? Side = null);

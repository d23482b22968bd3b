using TradingDashboard.Core.Domain;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>What a ticket is evaluated against: the symbol's specification, the live quote and the account's balance.</summary>
/// <param name="Bid">Null until the first tick.</param>
/// <param name="Balance">Null while the broker's account info is unavailable (no risk sizing then).</param>
public sealed record TicketMarket(SymbolInfo Symbol, decimal? Bid, decimal? Ask, decimal? Balance, string Currency);

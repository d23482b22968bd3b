using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading;
using TradingDashboard.Core.Trading.Sizing;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>A ticket checked and priced against the market: what would be sent, what it risks, and what is wrong with it.</summary>
/// <param name="Entry">The price the projection uses: ask or bid for a market order, the order price for a pending one.</param>
/// <param name="Volume">Lots to send (typed, or sized from risk); null while the volume is invalid.</param>
/// <param name="Sizing">The risk-based size, in risk mode.</param>
/// <param name="StopLoss">The SL as price and pips; present (for display) even when invalid.</param>
/// <param name="ProfitTargetVolume">Lots TP1 closes, rounded down to the step.</param>
/// <param name="ProfitTargetMoney">Profit of the TP1 partial close.</param>
/// <param name="SpreadCost">The P/L right after a market fill: the spread, as money (negative).</param>
/// <param name="Errors">By <see cref="TicketFields"/> name; empty when the ticket can be sent.</param>
public sealed record TicketEvaluation(
    SymbolInfo Symbol,
    PositionSide Side,
    OrderType Type,
    decimal? Entry,
    decimal? Volume,
    PositionSize? Sizing,
    TicketLevel? StopLoss,
    TicketLevel? TakeProfit,
    TicketLevel? ProfitTarget,
    decimal? ProfitTargetFraction,
    decimal? ProfitTargetVolume,
    decimal? ProfitTargetMoney,
    TicketProjection? Projection,
    decimal? SpreadCost,
    IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Errors.Count == 0 && Entry is not null && Volume is > 0m;

    /// <summary>The intent to send; the price is only sent for pending orders (a market order fills at the broker's price).</summary>
    /// <exception cref="InvalidOperationException">The ticket has errors.</exception>
    public OpenOrderIntent ToIntent(Guid accountId, string idempotencyKey, TradeLineage lineage)
    {
        if (!IsValid)
        {
            throw new InvalidOperationException("A ticket with errors cannot be sent.");
        }

        var target = ProfitTarget is { } tp1 && ProfitTargetFraction is { } fraction ? new ProfitTarget(tp1.Price, fraction) : null;
        return new OpenOrderIntent(
            accountId,
            Symbol.Name,
            Side,
            Type,
            Volume!.Value,
            Type == OrderType.Market ? null : Entry,
            StopLoss?.Price,
            TakeProfit?.Price,
            idempotencyKey,
            lineage,
            ProfitTarget: target);
    }
}

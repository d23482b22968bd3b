using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Trading;
using TradingDashboard.Core.Trading.Targets;

namespace TradingDashboard.Tests.Integration.Trading.Targets;

/// <summary>
/// TP1 end to end: a position opened through the trading service with a profit target, live prices
/// from the simulator's replay through RabbitMQ, the monitor's partial close and break-even
/// through the trading service back to the simulator, checked at the simulator (its deals and
/// positions) and in the books.
/// </summary>
public sealed class ProfitTargetTests(ProfitTargetFixture fixture) : IClassFixture<ProfitTargetFixture>
{
    private const string Symbol = "EURUSD";
    private const decimal TargetDistance = 0.00200m;
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData(PositionSide.Buy)]
    [InlineData(PositionSide.Sell)]
    public async Task ProfitTarget_PriceCrossesTp1_ClosesPartOnceThenMovesTheStopToTheEntry(PositionSide side)
    {
        var (trade, takeProfit) = await OpenAsync(side);
        Assert.Equal((0.5m, false, false), (trade.ProfitTargetFraction!.Value, trade.ProfitTargetHit, trade.BreakEvenSet));

        var done = await fixture.WaitForTradeAsync(trade.PositionTicket, t => t.ProfitTargetHit && t.BreakEvenSet);

        var exit = Assert.Single(await Tp1DealsAsync(trade));
        Assert.Equal((0.05m, 1), (exit.GetProperty("volume").GetDecimal(), exit.GetProperty("entry").GetInt32()));
        var reached = exit.GetProperty("price").GetDecimal();
        Assert.True(side == PositionSide.Buy ? reached >= trade.ProfitTargetPrice : reached <= trade.ProfitTargetPrice, $"TP1 {trade.ProfitTargetPrice} closed at {reached}");
        var position = await fixture.Bridge.PositionAsync(ProfitTargetFixture.Login, trade.PositionTicket);
        Assert.Equal((0.05m, trade.OpenPrice, takeProfit), (position.GetProperty("volume").GetDecimal(), position.GetProperty("sl").GetDecimal(), position.GetProperty("tp").GetDecimal()));
        Assert.Equal((0.05m, trade.OpenPrice, takeProfit), (done.RemainingVolume, done.StopLoss!.Value, done.TakeProfit!.Value));

        var orders = await fixture.OrdersAsync(trade.PositionTicket);
        var partial = Assert.Single(orders, o => o.IdempotencyKey == $"tp1:{trade.Id:N}");
        Assert.Equal((OrderStatus.Done, (CloseReason?)CloseReason.ProfitTarget1, "system", TradeSource.Manual), (partial.Status, partial.CloseReason, partial.RequestedBy, partial.Source));
        Assert.Equal(0.05m, partial.FilledVolume ?? partial.Volume);
        var breakEven = Assert.Single(orders, o => o.IdempotencyKey == $"be:{trade.Id:N}");
        Assert.Equal((OrderKind.Modify, OrderStatus.Done, trade.OpenPrice, takeProfit, "system"), (breakEven.Kind, breakEven.Status, breakEven.StopLoss!.Value, breakEven.TakeProfit!.Value, breakEven.RequestedBy));

        // The replay carries the price beyond the target again and again, then back through the
        // entry, where the break-even stop closes the rest: one partial close, nothing more.
        var closed = await fixture.WaitForTradeAsync(trade.PositionTicket, t => t.Status == TradeStatus.Closed);
        Assert.Single(await Tp1DealsAsync(trade));
        Assert.Equal(3, (await fixture.OrdersAsync(trade.PositionTicket)).Count);
        var deals = (await fixture.Bridge.DealsAsync(ProfitTargetFixture.Login)).Where(d => d.GetProperty("position_id").GetInt64() == trade.PositionTicket).ToList();
        Assert.Equal(2, deals.Count(d => d.GetProperty("entry").GetInt32() == 1));
        Assert.Equal((CloseReason?)CloseReason.StopLoss, closed.CloseReason);
        Assert.Equal(deals.Sum(d => d.GetProperty("profit").GetDecimal()), closed.RealizedProfit);
    }

    [Fact]
    public async Task ProfitTarget_RestartBeforeItsProgressWasSaved_SameKeysAndNothingSentTwice()
    {
        var (trade, _) = await OpenAsync(PositionSide.Buy);
        var done = await fixture.WaitForTradeAsync(trade.PositionTicket, t => t.ProfitTargetHit && t.BreakEvenSet);

        // A process that died after sending both steps but before recording them: fresh memory,
        // progress unset, and the books as read before the partial close.
        await fixture.UpdateTradeAsync(trade.Id, t => (t.ProfitTargetHit, t.BreakEvenSet) = (false, false));
        var restarted = ActivatorUtilities.CreateInstance<ProfitTargetExecutor>(fixture.Server.Services);
        var watched = new WatchedTrade(
            trade.Id, trade.AccountId, trade.PositionTicket, trade.Symbol, trade.Direction, trade.OpenVolume, trade.OpenVolume, trade.OpenPrice,
            trade.StopLoss, done.TakeProfit, trade.ProfitTargetPrice!.Value, trade.ProfitTargetFraction!.Value, false, trade.Source, null, null, null);
        await restarted.RunAsync(watched, trade.ProfitTargetPrice.Value, None);

        var again = await fixture.WaitForTradeAsync(trade.PositionTicket, t => t.ProfitTargetHit && t.BreakEvenSet);
        Assert.Single(await Tp1DealsAsync(trade));
        var orders = await fixture.OrdersAsync(trade.PositionTicket);
        Assert.Single(orders, o => o.IdempotencyKey == $"tp1:{trade.Id:N}");
        Assert.Single(orders, o => o.IdempotencyKey == $"be:{trade.Id:N}");
        Assert.Equal((0.05m, trade.OpenPrice), (again.RemainingVolume, again.StopLoss!.Value));
        Assert.Equal(0.05m, (await fixture.Bridge.PositionAsync(ProfitTargetFixture.Login, trade.PositionTicket)).GetProperty("volume").GetDecimal());
    }

    /// <summary>
    /// 0.10 lots with a far stop and take profit and a TP1 (half) <see cref="TargetDistance"/> away,
    /// opened where the replay still has room to reach it.
    /// </summary>
    private async Task<(Trade Trade, decimal TakeProfit)> OpenAsync(PositionSide side)
    {
        var buy = side == PositionSide.Buy;
        var quote = await fixture.WaitForQuoteAsync(Symbol, q => buy ? q.Tick.Ask < ProfitTargetFixture.High - 0.00500m : q.Tick.Bid > ProfitTargetFixture.Low + 0.00500m);
        var entry = buy ? quote.Tick.Ask : quote.Tick.Bid;
        var away = buy ? 1m : -1m;
        var takeProfit = Math.Round(entry + (away * 0.05000m), 5);
        var intent = new OpenOrderIntent(
            ProfitTargetFixture.AccountId, Symbol, side, OrderType.Market, 0.10m, null, Math.Round(entry - (away * 0.03000m), 5), takeProfit,
            $"tp-test:{Guid.NewGuid():N}", TradeLineage.ManualBy("tp-tester"), ProfitTarget: new ProfitTarget(Math.Round(entry + (away * TargetDistance), 5), 0.5m));

        var outcome = await fixture.Trading.PlaceOrderAsync(AccessUser.System, intent, None);

        Assert.True(outcome.Status == OrderStatus.Done, outcome.Message);
        var trade = await fixture.WaitForTradeAsync(outcome.PositionTicket!.Value, t => t.ProfitTargetPrice is not null);
        return (trade, takeProfit);
    }

    private async Task<List<JsonElement>> Tp1DealsAsync(Trade trade)
    {
        var tag = ClientOrderTag.For($"tp1:{trade.Id:N}");
        return [.. (await fixture.Bridge.DealsAsync(ProfitTargetFixture.Login)).Where(d => ClientOrderTag.Matches(d.GetProperty("comment").GetString(), tag))];
    }
}

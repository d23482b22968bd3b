using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Messaging.Pipeline;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Trading;
using TradingDashboard.Tests.Infrastructure;
using static TradingDashboard.Tests.Integration.Trading.Sync.ClosedPositionEvents;

namespace TradingDashboard.Tests.Integration.Trading.Sync;

/// <summary>
/// <c>position.closed</c> through the real event pipeline into a real SQLite file: the trade is
/// closed from the deals, with the close reason the dashboard asked for or the broker reports.
/// </summary>
public sealed class PositionClosedTradeTests : IAsyncLifetime
{
    private PipelineHarness _harness = null!;
    private Guid _account;

    public async Task InitializeAsync()
    {
        _harness = await PipelineHarness.CreateAsync();
        _account = await _harness.AddAccountAsync("51230001");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData(DealReason.StopLoss, 0, CloseReason.StopLoss)]
    [InlineData(DealReason.TakeProfit, 0, CloseReason.TakeProfit)]
    [InlineData(DealReason.StopOut, 0, CloseReason.StopOut)]
    [InlineData(DealReason.Expert, 4242, CloseReason.Bot)]
    [InlineData(DealReason.Client, 0, CloseReason.External)]
    public async Task PositionClosed_DealReason_BecomesTheCloseReason(DealReason reason, long magic, CloseReason expected)
    {
        var trade = await OpenTradeAsync(_harness.Database, _account, 300, 0.10m);

        var result = await _harness.ProcessAsync(Body(_account, 300, Guid.NewGuid(), Entry(300, 0.10m, 1.08000m), Exit(300, 1, 0.10m, 1.07900m, -10m, reason, 30, "[sl 1.07900]", magic)));

        Assert.Equal(ProcessingOutcome.Applied, result.Outcome);
        var closed = await TradeAsync(_harness.Database, _account, 300);
        Assert.Equal((trade.Id, TradeStatus.Closed, 0m, (CloseReason?)expected), (closed.Id, closed.Status, closed.RemainingVolume, closed.CloseReason));
        Assert.Equal((-10m, -0.12m, -0.70m, 1.079m), (closed.RealizedProfit, closed.Swap, closed.Commission, closed.ClosePrice));
        Assert.Equal(Opened.AddMinutes(30), closed.ClosedAt);
    }

    [Fact]
    public async Task PositionClosed_LastExitIsTheDashboardsCloseOrder_ItsReasonBeatsTheDeal()
    {
        await OpenTradeAsync(_harness.Database, _account, 301, 0.10m);
        await OrderAsync(_harness.Database, _account, "close-all:acct:301", OrderKind.Close, 301, reason: CloseReason.CloseAll);

        await _harness.ProcessAsync(Body(_account, 301, Guid.NewGuid(), Entry(301, 0.10m, 1.08000m), Exit(301, 1, 0.10m, 1.08100m, 10m, DealReason.Expert, 5, ClientOrderTag.For("close-all:acct:301"))));

        Assert.Equal(CloseReason.CloseAll, (await TradeAsync(_harness.Database, _account, 301)).CloseReason);
    }

    [Fact]
    public async Task PositionClosed_DashboardClosedItAlready_KeepsItsReasonAndAddsTheResult()
    {
        await OpenTradeAsync(_harness.Database, _account, 302, 0.10m, reason: CloseReason.Manual);

        await _harness.ProcessAsync(Body(_account, 302, Guid.NewGuid(), Entry(302, 0.10m, 1.08000m), Exit(302, 1, 0.10m, 1.08100m, 10m, DealReason.Client, 5, "closed by hand")));

        var closed = await TradeAsync(_harness.Database, _account, 302);
        Assert.Equal((CloseReason.Manual, 10m), (closed.CloseReason!.Value, closed.RealizedProfit));
    }

    [Fact]
    public async Task PositionClosed_Tp1ThenStopLoss_StopLossWithBothExitsCounted()
    {
        await OpenTradeAsync(_harness.Database, _account, 303, 0.20m, reason: CloseReason.ProfitTarget1);
        await OrderAsync(_harness.Database, _account, "tp1:303", OrderKind.PartialClose, 303, reason: CloseReason.ProfitTarget1);

        await _harness.ProcessAsync(Body(
            _account,
            303,
            Guid.NewGuid(),
            Entry(303, 0.20m, 1.08000m),
            Exit(303, 1, 0.10m, 1.08200m, 20m, DealReason.Expert, 10, ClientOrderTag.For("tp1:303")),
            Exit(303, 2, 0.10m, 1.08000m, 0m, DealReason.StopLoss, 40, "[sl 1.08000]")));

        var closed = await TradeAsync(_harness.Database, _account, 303);
        Assert.Equal((CloseReason.StopLoss, 20m, 1.081m), (closed.CloseReason!.Value, closed.RealizedProfit, closed.ClosePrice!.Value));
    }

    [Fact]
    public async Task PositionClosed_PositionTheBooksNeverSaw_AdoptedWithTheLineageOfTheTaggedOrder()
    {
        var order = await OrderAsync(_harness.Database, _account, "run-7:1763632800:0", OrderKind.Open, null, TradeSource.Bot);

        await _harness.ProcessAsync(Body(_account, 304, Guid.NewGuid(), Entry(304, 0.10m, 1.08000m, order.ClientTag, 4242), Exit(304, 1, 0.10m, 1.08100m, 10m, DealReason.Expert, 5, "bot exit", 4242)));

        var trade = await TradeAsync(_harness.Database, _account, 304);
        Assert.Equal((TradeSource.Bot, order.LiveRunId, "1.4.2", "signal-17", order.IdempotencyKey, order.Id), (trade.Source, trade.LiveRunId, trade.BotVersion!, trade.CorrelationId!, trade.IdempotencyKey!, trade.OpeningOrderId));
        Assert.Equal((0.10m, 1.08m, Opened), (trade.OpenVolume, trade.OpenPrice, trade.OpenedAt));
        Assert.Equal((TradeStatus.Closed, (CloseReason?)CloseReason.Bot, 10m), (trade.Status, trade.CloseReason, trade.RealizedProfit));
    }

    [Fact]
    public async Task PositionClosed_ForeignPositionWithoutTag_AdoptedAsManualWithoutKey()
    {
        await _harness.ProcessAsync(Body(_account, 305, Guid.NewGuid(), Entry(305, 0.10m, 1.08000m, "opened on the phone"), Exit(305, 1, 0.10m, 1.08100m, 10m, DealReason.Mobile, 5)));

        var trade = await TradeAsync(_harness.Database, _account, 305);
        Assert.Equal((TradeSource.Manual, (string?)null, (Guid?)null, (CloseReason?)CloseReason.External), (trade.Source, trade.IdempotencyKey, trade.OpeningOrderId, trade.CloseReason));
    }
}

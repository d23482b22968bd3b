using Microsoft.Extensions.Logging.Abstractions;
using TradingDashboard.Components.Shared.Trading;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Resilience;
using TradingDashboard.Core.Trading;
using TradingDashboard.Tests.Unit.Trading;

namespace TradingDashboard.Tests.Unit.Components.Trading;

public sealed class TicketSenderTests
{
    private static readonly AccessUser Trader = new("user-7", "trader", false);
    private static readonly Guid Account = Guid.Parse("5e4d0000-0000-0000-0000-000000000001");
    private static readonly Dictionary<string, string> NoErrors = [];

    private static readonly TicketEvaluation Review = TicketEvaluator.Evaluate(
        new TicketForm { Lots = 0.10m, StopLossPips = 20m },
        new TicketMarket(TestSymbols.EurUsd, 1.08450m, 1.08462m, 10_000m, "USD"));

    [Fact]
    public async Task SendAsync_TwentyClicksWhileTheFirstIsSending_PlacesOneOrder()
    {
        var trading = new RecordingTradingService(Filled) { Hold = true };
        var guard = new TicketSendGuard();
        var key = guard.Key;

        // As Blazor runs queued clicks: each handler call runs until its first await, the first one
        // waiting on the broker while the next nineteen come in.
        var sends = Enumerable.Range(0, 20).Select(_ => TicketSender.SendAsync(trading, Trader, Account, Review, guard, NullLogger.Instance)).ToList();

        // While the first is held at the "broker", every other click returned without sending.
        var dropped = await Task.WhenAll(sends.Skip(1));
        Assert.All(dropped, Assert.Null);
        Assert.False(sends[0].IsCompleted);
        Assert.Single(trading.Placed);
        trading.Release();
        var results = await Task.WhenAll(sends);

        Assert.Single(results, r => r is not null);
        var intent = Assert.Single(trading.Placed);
        Assert.Equal(key, intent.IdempotencyKey);
        Assert.Equal(TradeLineage.ManualBy("user-7", key), intent.Lineage);
    }

    [Fact]
    public async Task SendAsync_Filled_NextIntentGetsANewKey()
    {
        var trading = new RecordingTradingService(Filled);
        var guard = new TicketSendGuard();
        var key = guard.Key;

        var result = await TicketSender.SendAsync(trading, Trader, Account, Review, guard, NullLogger.Instance);

        Assert.Equal(TicketResultKind.Filled, result!.Kind);
        Assert.NotEqual(key, guard.Key);
        Assert.False(guard.IsSending);
    }

    [Fact]
    public async Task SendAsync_UnknownThenRetried_TheRetryCarriesTheSameKey()
    {
        var trading = new RecordingTradingService(intent => new OrderOutcome(Guid.NewGuid(), OrderStatus.Unknown, null, "No answer.", NoErrors));
        var guard = new TicketSendGuard();

        var first = await TicketSender.SendAsync(trading, Trader, Account, Review, guard, NullLogger.Instance);
        await TicketSender.SendAsync(trading, Trader, Account, Review, guard, NullLogger.Instance);

        Assert.Equal(TicketResultKind.Verifying, first!.Kind);
        Assert.Equal(2, trading.Placed.Count);
        Assert.Single(trading.Placed.Select(i => i.IdempotencyKey).Distinct());
    }

    [Fact]
    public async Task SendAsync_Rejected_CarriesTheFieldErrorsAndRenewsTheKey()
    {
        var errors = new Dictionary<string, string> { [TicketFields.StopLoss] = "Too close to the price." };
        var trading = new RecordingTradingService(intent => new OrderOutcome(Guid.NewGuid(), OrderStatus.Rejected, TradeResultCode.InvalidStops, "Invalid stops.", errors));
        var guard = new TicketSendGuard();
        var key = guard.Key;

        var result = await TicketSender.SendAsync(trading, Trader, Account, Review, guard, NullLogger.Instance);

        Assert.Equal(TicketResultKind.Rejected, result!.Kind);
        Assert.Equal("InvalidStops", result.Code);
        Assert.Equal("Too close to the price.", result.FieldErrors[TicketFields.StopLoss]);
        Assert.NotEqual(key, guard.Key);
    }

    [Fact]
    public async Task SendAsync_ServiceFault_FailedAndTheKeyKeptForARetry()
    {
        var trading = new RecordingTradingService(intent => throw new BrokerException(BrokerErrorKind.Connection, "The bridge is unreachable."));
        var guard = new TicketSendGuard();
        var key = guard.Key;

        var result = await TicketSender.SendAsync(trading, Trader, Account, Review, guard, NullLogger.Instance);

        Assert.Equal(TicketResultKind.Failed, result!.Kind);
        Assert.StartsWith("The bridge is unreachable.", result.Detail, StringComparison.Ordinal);
        Assert.Equal(key, guard.Key);
        Assert.False(guard.IsSending);
    }

    private static OrderOutcome Filled(OpenOrderIntent intent) =>
        new(Guid.NewGuid(), OrderStatus.Done, TradeResultCode.Done, "Executed.", NoErrors, PositionTicket: 501, Price: 1.08463m, Volume: intent.Volume);
}

using TradingDashboard.Core.Access;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Resilience;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Tests.Integration.Trading.Execution;

/// <summary>A failing bridge opens the account's breaker: calls fail fast, no order is sent, prices keep flowing, and a successful probe closes it.</summary>
public sealed class BreakerTests(TradingPipelineFixture fixture) : IClassFixture<TradingPipelineFixture>
{
    private const string Login = TradingPipelineFixture.MainLogin;
    private static readonly Guid AccountId = TradingPipelineFixture.MainId;

    [Fact]
    public async Task Breaker_RepeatedBridgeFailures_FailFastAndSendNothingWhilePricesFlow_ThenAProbeClosesIt()
    {
        var dealsBefore = (await fixture.BridgeDealsAsync(Login)).Count;
        Assert.Equal(new TradingStatus(AccountId, BreakerState.Closed, true, null), fixture.Trading.GetStatus(AccessUser.System, AccountId));
        await fixture.SetFaultAsync(Login, "error");

        var failures = new List<BrokerErrorKind>();
        for (var attempt = 0; attempt < 10 && !failures.Contains(BrokerErrorKind.CircuitOpen); attempt++)
        {
            var fault = await Assert.ThrowsAsync<BrokerException>(() => fixture.Trading.GetPositionsAsync(AccessUser.System, AccountId, CancellationToken.None));
            failures.Add(fault.Kind);
        }

        // Reads are retried, then every attempt counts against the breaker until it opens.
        Assert.Equal(BrokerErrorKind.CircuitOpen, failures[^1]);
        Assert.All(failures[..^1], kind => Assert.Equal(BrokerErrorKind.Connection, kind));
        var open = fixture.Trading.GetStatus(AccessUser.System, AccountId);
        Assert.Equal(BreakerState.Open, open.Breaker);
        Assert.False(open.CanTrade);
        Assert.Matches(@"^Trading on Pipeline Main is paused: the broker failed \d+ times; retrying at \d\d:\d\d:\d\d UTC\.$", open.Reason);
        var openedAt = DateTimeOffset.UtcNow;

        // Reads fail fast and orders are refused before anything is recorded or sent.
        var read = await Assert.ThrowsAsync<BrokerException>(() => fixture.Trading.GetAccountInfoAsync(AccessUser.System, AccountId, CancellationToken.None));
        Assert.Equal(BrokerErrorKind.CircuitOpen, read.Kind);
        var key = $"while-open:{Guid.NewGuid():N}";
        var refused = await fixture.Trading.PlaceOrderAsync(AccessUser.System, await BuyAsync(key), CancellationToken.None);
        Assert.Equal(OrderStatus.Refused, refused.Status);
        Assert.Null(refused.OrderId);
        Assert.StartsWith("Trading on Pipeline Main is paused: the broker failed", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await fixture.OrdersAsync(key));

        // Prices are events, not bridge calls: they keep arriving while trading is paused.
        var tick = await fixture.WaitForQuoteAsync(AccountId, "EURUSD", openedAt, TimeSpan.FromSeconds(30));
        Assert.True(tick.ReceivedAt > openedAt);
        Assert.NotEqual(BreakerState.Closed, fixture.Trading.GetStatus(AccessUser.System, AccountId).Breaker);

        // After the break the next call may probe; with the bridge back, it closes the breaker.
        await WaitForAsync(() => fixture.Trading.GetStatus(AccessUser.System, AccountId).Breaker == BreakerState.HalfOpen, TimeSpan.FromSeconds(30));
        await fixture.SetFaultAsync(Login, "none");
        await ProbeAsync();

        Assert.Equal(new TradingStatus(AccountId, BreakerState.Closed, true, null), fixture.Trading.GetStatus(AccessUser.System, AccountId));
        Assert.Equal(dealsBefore, (await fixture.BridgeDealsAsync(Login)).Count);
        var resumed = await fixture.Trading.PlaceOrderAsync(AccessUser.System, await BuyAsync($"after:{Guid.NewGuid():N}"), CancellationToken.None);
        Assert.Equal(OrderStatus.Done, resumed.Status);
        Assert.Equal(dealsBefore + 1, (await fixture.BridgeDealsAsync(Login)).Count);
    }

    private async Task<OpenOrderIntent> BuyAsync(string key)
    {
        var quote = await fixture.WaitForQuoteAsync(AccountId, "EURUSD", DateTimeOffset.MinValue, TimeSpan.FromSeconds(5));
        return new(AccountId, "EURUSD", PositionSide.Buy, OrderType.Market, 0.05m, null, quote.Tick.Bid - 0.01m, null, key, TradeLineage.ManualBy("trader-1"));
    }

    // Background work (the trade sync) may take the half-open slot first: then this read simply finds the breaker closed.
    private async Task ProbeAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            try
            {
                await fixture.Trading.GetPositionsAsync(AccessUser.System, AccountId, CancellationToken.None);
                return;
            }
            catch (BrokerException e) when (e.Kind == BrokerErrorKind.CircuitOpen && !deadline.IsCancellationRequested)
            {
                await Task.Delay(100, CancellationToken.None);
            }
        }
    }

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (!condition())
        {
            await Task.Delay(50, deadline.Token);
        }
    }
}

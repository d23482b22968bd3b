using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts.Administration;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Resilience;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Tests.Browser;

/// <summary>
/// Test set-up on a <see cref="TradingDashboardFixture"/> the way the dashboard itself trades:
/// through the real <see cref="ITradingService"/> as the fixture's trader (so lineage says who),
/// with quotes and faults from the embedded bridge simulator over HTTP.
/// </summary>
public sealed class TraderActions(TradingDashboardFixture fixture)
{
    public async Task<AccessUser> TraderAsync() =>
        new(await fixture.Dashboard.UserIdAsync(TradingDashboardFixture.TraderName), TradingDashboardFixture.TraderName, IsAdmin: false);

    /// <summary>
    /// Opens a market position; returns the successful outcome (its position ticket and fill price).
    /// Without a stop loss one is set 1 % away: the default risk rule refuses positions without one.
    /// </summary>
    public async Task<OrderOutcome> OpenAsync(string symbol, PositionSide side, decimal volume, decimal? stopLoss = null, decimal? takeProfit = null, string? key = null)
    {
        var trader = await TraderAsync();
        if (stopLoss is null)
        {
            var (bid, ask, digits) = await QuoteAsync(symbol);
            stopLoss = ProtectiveStop(side, side == PositionSide.Buy ? bid : ask, digits);
        }

        var outcome = await UseAsync(trading => trading.PlaceOrderAsync(
            trader,
            new OpenOrderIntent(fixture.AccountId, symbol, side, OrderType.Market, volume, null, stopLoss, takeProfit, key ?? NewKey(), TradeLineage.ManualBy(trader.UserId, "test-setup")),
            CancellationToken.None));
        Assert.True(outcome.Status == OrderStatus.Done && outcome.PositionTicket is not null, $"Opening {side} {volume} {symbol}: {outcome.Status} {outcome.Message}");
        return outcome;
    }

    /// <summary>Places a limit order; returns the outcome with the broker's order ticket.</summary>
    public async Task<OrderOutcome> PlaceLimitAsync(string symbol, PositionSide side, decimal volume, decimal price)
    {
        var trader = await TraderAsync();
        var (_, _, digits) = await QuoteAsync(symbol);
        var stopLoss = ProtectiveStop(side, price, digits);
        var outcome = await UseAsync(trading => trading.PlaceOrderAsync(
            trader,
            new OpenOrderIntent(fixture.AccountId, symbol, side, OrderType.Limit, volume, price, stopLoss, null, NewKey(), TradeLineage.ManualBy(trader.UserId, "test-setup")),
            CancellationToken.None));
        Assert.True(outcome.Status == OrderStatus.Placed && outcome.OrderTicket is not null, $"Placing a {side} limit {volume} {symbol} at {price}: {outcome.Status} {outcome.Message}");
        return outcome;
    }

    public async Task<OrderOutcome> ModifyAsync(long ticket, decimal? stopLoss, decimal? takeProfit)
    {
        var trader = await TraderAsync();
        return await UseAsync(trading => trading.ModifyPositionAsync(
            trader, new ModifyIntent(fixture.AccountId, ticket, stopLoss, takeProfit, NewKey(), TradeLineage.ManualBy(trader.UserId, "test-setup")), CancellationToken.None));
    }

    public async Task<OrderOutcome> CloseAsync(long ticket, decimal? volume = null)
    {
        var trader = await TraderAsync();
        var reason = volume is null ? CloseReason.Manual : CloseReason.PartialClose;
        return await UseAsync(trading => trading.ClosePositionAsync(
            trader, new CloseIntent(fixture.AccountId, ticket, volume, NewKey(), reason, TradeLineage.ManualBy(trader.UserId, "test-setup")), CancellationToken.None));
    }

    /// <summary>Closes every position and deletes every pending order, so a test starts flat.</summary>
    public async Task FlattenAsync()
    {
        var trader = await TraderAsync();
        await UseAsync(async trading =>
        {
            var closed = await trading.CloseAllAsync(trader, fixture.AccountId, NewKey(), TradeLineage.ManualBy(trader.UserId, "test-cleanup"), CancellationToken.None);
            Assert.All(closed, o => Assert.True(o.IsSuccess, $"Cleanup close: {o.Status} {o.Message}"));
            foreach (var order in await trading.GetPendingOrdersAsync(trader, fixture.AccountId, CancellationToken.None))
            {
                var cancelled = await trading.CancelOrderAsync(trader, new CancelIntent(fixture.AccountId, order.Ticket, NewKey(), TradeLineage.ManualBy(trader.UserId, "test-cleanup")), CancellationToken.None);
                Assert.True(cancelled.IsSuccess, $"Cleanup cancel: {cancelled.Status} {cancelled.Message}");
            }

            return true;
        });
    }

    public async Task<IReadOnlyList<BrokerPosition>> PositionsAsync()
    {
        var trader = await TraderAsync();
        return await UseAsync(trading => trading.GetPositionsAsync(trader, fixture.AccountId, CancellationToken.None));
    }

    public async Task<IReadOnlyList<BrokerPendingOrder>> PendingOrdersAsync()
    {
        var trader = await TraderAsync();
        return await UseAsync(trading => trading.GetPendingOrdersAsync(trader, fixture.AccountId, CancellationToken.None));
    }

    public async Task<TradingStatus> StatusAsync()
    {
        var trader = await TraderAsync();
        return await UseAsync(trading => Task.FromResult(trading.GetStatus(trader, fixture.AccountId)));
    }

    /// <summary>The simulator's current bid and ask and the symbol's digits (<c>symbol_info</c> over HTTP).</summary>
    public async Task<(decimal Bid, decimal Ask, int Digits)> QuoteAsync(string symbol)
    {
        using var client = fixture.Dashboard.CreateClient();
        using var response = await client.GetAsync(new Uri($"api/mt5/account/{TradingDashboardFixture.Login}/symbols/{symbol}", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        return (root.GetProperty("bid").GetDecimal(), root.GetProperty("ask").GetDecimal(), root.GetProperty("digits").GetInt32());
    }

    /// <summary>Sets the simulator's fault mode for this account (<c>none</c> resets).</summary>
    /// <param name="count">Calls affected; 0 until reset.</param>
    public async Task SetFaultAsync(string mode, int latencyMs = 0, int count = 0)
    {
        using var client = fixture.Dashboard.CreateClient();
        var request = new Dictionary<string, object>
        {
            ["mode"] = mode,
            ["login"] = TradingDashboardFixture.Login,
            ["count"] = count,
        };
        if (latencyMs > 0)
        {
            request["latency_ms"] = latencyMs;
        }

        using var response = await client.PostAsJsonAsync(new Uri("mt5/simulator/faults", UriKind.Relative), request);
        Assert.True(response.IsSuccessStatusCode, $"Setting fault mode {mode}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Reads until the account's breaker is open (the simulator answering errors), within a bounded number of reads.</summary>
    public async Task OpenBreakerAsync()
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            if ((await StatusAsync()).Breaker == BreakerState.Open)
            {
                return;
            }

            try
            {
                await PositionsAsync();
            }
            catch (BrokerException)
            {
                // Expected: every failed read counts towards the breaker.
            }
        }

        Assert.Fail($"The breaker did not open: {await StatusAsync()}");
    }

    /// <summary>After the fault is reset: probes with reads until the breaker lets trading through again.</summary>
    public async Task WaitForBreakerClosedAsync(TimeSpan within)
    {
        var deadline = DateTimeOffset.UtcNow + within;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if ((await StatusAsync()).CanTrade)
            {
                return;
            }

            try
            {
                await PositionsAsync();
            }
            catch (BrokerException)
            {
                // Still open: the half-open probe comes after the break duration.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        Assert.Fail($"The breaker did not close within {within}: {await StatusAsync()}");
    }

    /// <summary>
    /// Waits until the dashboard booked the position as closed: the close is recorded from the
    /// broker's deals (<c>position.closed</c> through the inbox, or the reconcile), a moment after the order.
    /// </summary>
    public async Task<Trade> WaitForClosedTradeAsync(long ticket)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (true)
        {
            var trade = (await fixture.TradesAsync()).SingleOrDefault(t => t.PositionTicket == ticket);
            if (trade is { Status: TradeStatus.Closed })
            {
                return trade;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"Trade {ticket} was not booked as closed within 30 s: {trade?.Status.ToString() ?? "no trade row"}.");
            await Task.Delay(250);
        }
    }

    /// <summary>A stop 1 % of the price on the losing side of <paramref name="entry"/>, on the symbol's digits.</summary>
    public static decimal ProtectiveStop(PositionSide side, decimal entry, int digits) =>
        Math.Round(side == PositionSide.Buy ? entry * 0.99m : entry * 1.01m, digits);

    /// <summary>Assigns the account to the trader, or takes it away, as an admin does.</summary>
    public async Task SetTraderAssignedAsync(bool assigned)
    {
        var admin = await fixture.Dashboard.AdminAsync();
        var traderId = await fixture.Dashboard.UserIdAsync(TradingDashboardFixture.TraderName);
        await using var scope = fixture.Dashboard.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IAccountAdministration>()
            .SetAssignmentsAsync(admin, fixture.AccountId, assigned ? [traderId] : [], CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
    }

    public static string NewKey() => $"test:{Guid.NewGuid():N}";

    public static string Price(decimal price, int digits) => price.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private async Task<T> UseAsync<T>(Func<ITradingService, Task<T>> action)
    {
        await using var scope = fixture.Dashboard.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ITradingService>());
    }
}

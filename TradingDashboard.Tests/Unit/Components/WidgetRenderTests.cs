using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;
using TradingDashboard.Components.Shared;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Unit.Components;

/// <summary>Static (prerender) output of the live widgets: what the first paint shows from the last-value cache.</summary>
public sealed class WidgetRenderTests : IAsyncDisposable
{
    private static readonly Account Demo = new()
    {
        Id = Guid.Parse("3f1c2a6e-8d4b-4c1e-9a57-0b6d2e7f4a10"),
        DisplayName = "MT5 Demo",
        BrokerLogin = "5012345678",
        Server = "MetaQuotes-Demo",
        Currency = "USD",
    };

    private readonly ManualTimeProvider _time = new();
    private readonly ServiceProvider _services;
    private readonly IMarketHub _hub;

    public WidgetRenderTests()
    {
        _services = new ServiceCollection()
            .AddStreaming(new ConfigurationBuilder().Build())
            .AddSingleton<TimeProvider>(_time)
            .AddLogging()
            .AddSingleton<IJSRuntime, PrerenderJsRuntime>()
            .BuildServiceProvider();
        _hub = _services.GetRequiredService<IMarketHub>();
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    [Fact]
    public async Task MarketWatch_NoData_ShowsWaitingStateAndNoNumbers()
    {
        var html = await StaticRender.RenderAsync<MarketWatch>(_services, new Dictionary<string, object?> { [nameof(MarketWatch.AccountId)] = Demo.Id });

        Assert.Contains("Waiting for prices from the bridge", html.QuerySelector("[data-testid=market-watch-empty]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(html.QuerySelectorAll("[data-symbol]"));
    }

    [Fact]
    public async Task MarketWatch_CachedQuotes_RowsSortedBySymbolWithDigitsSpreadChangeAndAge()
    {
        var now = _time.GetUtcNow();
        _hub.Publish(QuoteRowTests.Quote("XAUUSD", 2331.40m, 2331.65m, dayOpen: 2340.00m, receivedAt: now.AddSeconds(-75), account: Demo.Id));
        _hub.Publish(QuoteRowTests.Quote("EURUSD", 1.08450m, 1.08462m, dayOpen: 1.08000m, receivedAt: now.AddMilliseconds(-300), account: Demo.Id));
        _hub.Publish(QuoteRowTests.Quote("BTCUSD.a", 64123.15m, 64138.15m, receivedAt: now.AddSeconds(-12), account: Demo.Id));
        _hub.Publish(QuoteRowTests.Quote("GBPUSD", 1.26731m, 1.26746m, account: Guid.NewGuid()));

        var html = await StaticRender.RenderAsync<MarketWatch>(_services, new Dictionary<string, object?> { [nameof(MarketWatch.AccountId)] = Demo.Id });

        var rows = html.QuerySelectorAll("tr[data-symbol]");
        Assert.Equal(["BTCUSD.a", "EURUSD", "XAUUSD"], rows.Select(r => r.GetAttribute("data-symbol")));
        var eurusd = rows[1];
        Assert.Equal("1.08450", StaticRender.Field(eurusd, "bid"));
        Assert.Equal("1.08462", StaticRender.Field(eurusd, "ask"));
        Assert.Equal("12", StaticRender.Field(eurusd, "spread"));
        Assert.Equal("+0.00450 +0.42%", StaticRender.Field(eurusd, "change"));
        Assert.Equal("0.3s", StaticRender.Field(eurusd, "age"));
        Assert.Contains("pos", eurusd.QuerySelector("[data-field=change]")!.ClassList);
        Assert.Contains("age-aging", rows[0].QuerySelector("[data-field=age]")!.ClassList);
        Assert.Equal("1m", StaticRender.Field(rows[2], "age"));
        Assert.Contains("age-stale", rows[2].QuerySelector("[data-field=age]")!.ClassList);
        Assert.Contains("neg", rows[2].QuerySelector("[data-field=change]")!.ClassList);
    }

    [Fact]
    public async Task AccountCard_NoSnapshot_ShowsWaitingState()
    {
        var html = await StaticRender.RenderAsync<AccountCard>(_services, new Dictionary<string, object?> { [nameof(AccountCard.Account)] = Demo });

        Assert.NotNull(html.QuerySelector("[data-testid=account-card-empty]"));
        Assert.Null(html.QuerySelector("[data-field=balance]"));
    }

    [Fact]
    public async Task AccountCard_CachedSnapshot_ShowsMoneyLeverageSourceAndFreshness()
    {
        var now = _time.GetUtcNow();
        var snapshot = new AccountSnapshot(Demo.Id, Demo.BrokerLogin, 10250.37m, 10412.50m, -162.13m, 1204.40m, 9208.10m, 864.53m, 500, "USD", true, null, null, null, SnapshotSource.StoredData, now.AddMinutes(-7));
        _hub.Publish(new AccountSnapshotUpdate(GroupKeys.Account(Demo.Id), now, snapshot));

        var html = await StaticRender.RenderAsync<AccountCard>(_services, new Dictionary<string, object?> { [nameof(AccountCard.Account)] = Demo });

        var card = html.QuerySelector("[data-testid=account-card]")!;
        Assert.Equal("10,250.37 USD", StaticRender.Field(card, "balance"));
        Assert.Equal("10,412.50 USD", StaticRender.Field(card, "equity"));
        Assert.Equal("-162.13 USD", StaticRender.Field(card, "profit"));
        Assert.Contains("neg", card.QuerySelector("[data-field=profit]")!.ClassList);
        Assert.Equal("1,204.40 USD", StaticRender.Field(card, "margin"));
        Assert.Equal("9,208.10 USD", StaticRender.Field(card, "margin-free"));
        Assert.Equal("864.53 %", StaticRender.Field(card, "margin-level"));
        Assert.Equal("1:500", StaticRender.Field(card, "leverage"));
        Assert.Equal("USD", StaticRender.Field(card, "currency"));
        Assert.Equal("stored", StaticRender.Field(card, "source"));
        Assert.Equal("7m", StaticRender.Field(card, "age"));
        Assert.Equal("Acceptable", StaticRender.Field(card, "freshness"));
    }
}

using TradingDashboard.Components.Shared;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Tests.Unit.Components;

/// <summary>Static (prerender) output of the live widgets: what the first paint shows from the last-value cache, through the secured feed.</summary>
public sealed class WidgetRenderTests : IAsyncLifetime
{
    private ComponentTestServices _services = null!;
    private Account _demo = null!;

    public async Task InitializeAsync()
    {
        _services = await ComponentTestServices.CreateAsync();
        _demo = await _services.CreateAccountAsync("5012345678", "MT5 Demo", ComponentTestServices.TraderA);
        _services.SignIn(ComponentTestServices.TraderA);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task MarketWatch_NoData_ShowsWaitingStateAndNoNumbers()
    {
        var html = await StaticRender.RenderAsync<MarketWatch>(_services.Services, new Dictionary<string, object?> { [nameof(MarketWatch.AccountId)] = _demo.Id });

        Assert.Contains("Waiting for prices from the bridge", html.QuerySelector("[data-testid=market-watch-empty]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(html.QuerySelectorAll("[data-symbol]"));
    }

    [Fact]
    public async Task MarketWatch_CachedQuotes_RowsSortedBySymbolWithDigitsSpreadChangeAndAge()
    {
        var now = _services.Time.GetUtcNow();
        _services.Hub.Publish(QuoteRowTests.Quote("XAUUSD", 2331.40m, 2331.65m, dayOpen: 2340.00m, receivedAt: now.AddSeconds(-75), account: _demo.Id));
        _services.Hub.Publish(QuoteRowTests.Quote("EURUSD", 1.08450m, 1.08462m, dayOpen: 1.08000m, receivedAt: now.AddMilliseconds(-300), account: _demo.Id));
        _services.Hub.Publish(QuoteRowTests.Quote("BTCUSD.a", 64123.15m, 64138.15m, receivedAt: now.AddSeconds(-12), account: _demo.Id));
        _services.Hub.Publish(QuoteRowTests.Quote("GBPUSD", 1.26731m, 1.26746m, account: Guid.NewGuid()));

        var html = await StaticRender.RenderAsync<MarketWatch>(_services.Services, new Dictionary<string, object?> { [nameof(MarketWatch.AccountId)] = _demo.Id });

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
        var html = await StaticRender.RenderAsync<AccountCard>(_services.Services, new Dictionary<string, object?> { [nameof(AccountCard.Account)] = _demo });

        Assert.NotNull(html.QuerySelector("[data-testid=account-card-empty]"));
        Assert.Null(html.QuerySelector("[data-field=balance]"));
    }

    [Fact]
    public async Task AccountCard_CachedSnapshot_ShowsMoneyLeverageSourceAndFreshness()
    {
        var now = _services.Time.GetUtcNow();
        var snapshot = new AccountSnapshot(_demo.Id, _demo.BrokerLogin, 10250.37m, 10412.50m, -162.13m, 1204.40m, 9208.10m, 864.53m, 500, "USD", true, null, null, null, SnapshotSource.StoredData, now.AddMinutes(-7));
        _services.Hub.Publish(new AccountSnapshotUpdate(GroupKeys.Account(_demo.Id), now, snapshot));

        var html = await StaticRender.RenderAsync<AccountCard>(_services.Services, new Dictionary<string, object?> { [nameof(AccountCard.Account)] = _demo });

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

    [Fact]
    public async Task MarketWatch_AccountNotAssignedToTheUser_ShowsTheRefusalAndNoPrices()
    {
        _services.Hub.Publish(QuoteRowTests.Quote("EURUSD", 1.08450m, 1.08462m, account: _demo.Id));
        _services.SignIn(ComponentTestServices.TraderB);

        var html = await StaticRender.RenderAsync<MarketWatch>(_services.Services, new Dictionary<string, object?> { [nameof(MarketWatch.AccountId)] = _demo.Id });

        Assert.Contains("You do not have access to this account", html.QuerySelector("[data-testid=market-watch-refused]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(html.QuerySelectorAll("[data-symbol]"));
        Assert.DoesNotContain("1.08450", html.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountCard_SignedOut_ShowsNoBalances()
    {
        var snapshot = new AccountSnapshot(_demo.Id, _demo.BrokerLogin, 10250.37m, 10412.50m, -162.13m, 1204.40m, 9208.10m, 864.53m, 500, "USD", true, null, null, null, SnapshotSource.StoredData, _services.Time.GetUtcNow());
        _services.Hub.Publish(new AccountSnapshotUpdate(GroupKeys.Account(_demo.Id), _services.Time.GetUtcNow(), snapshot));
        _services.SignIn(null);

        var html = await StaticRender.RenderAsync<AccountCard>(_services.Services, new Dictionary<string, object?> { [nameof(AccountCard.Account)] = _demo });

        Assert.NotNull(html.QuerySelector("[data-testid=account-card-refused]"));
        Assert.Null(html.QuerySelector("[data-field=balance]"));
    }
}

using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;
using TradingDashboard.Components.Pages.Markets;
using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Unit.Components;

public sealed class MarketsPageRenderTests
{
    private static readonly Account Alpha = NewAccount("Alpha", "1001");
    private static readonly Account Beta = NewAccount("Beta", "1002");

    [Fact]
    public async Task Render_NoAccounts_ExplainsHowToSeedOne()
    {
        var html = await RenderAsync("markets", []);

        var notice = html.QuerySelector("[data-testid=no-accounts]");
        Assert.NotNull(notice);
        Assert.Contains("Accounts:Seed", notice.TextContent, StringComparison.Ordinal);
        Assert.Null(html.QuerySelector("[data-testid=market-watch]"));
    }

    [Fact]
    public async Task Render_NoAccountInQuery_ShowsTheFirstActiveAccountByName()
    {
        var inactive = NewAccount("Aardvark", "999");
        inactive.IsActive = false;

        var html = await RenderAsync("markets", [Beta, inactive, Alpha]);

        Assert.Contains("Alpha", html.QuerySelector("[data-testid=account-card]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Aardvark", html.QuerySelector("[data-testid=account-select]")!.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_AccountInQuery_ShowsThatAccount()
    {
        var html = await RenderAsync($"markets?account={Beta.Id:D}", [Alpha, Beta]);

        Assert.Contains("Beta", html.QuerySelector("[data-testid=account-card]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_UnknownAccountInQuery_SaysSoInsteadOfShowingAnotherAccount()
    {
        var html = await RenderAsync("markets?account=not-a-guid", [Alpha]);

        Assert.NotNull(html.QuerySelector("[data-testid=account-not-found]"));
        Assert.Null(html.QuerySelector("[data-testid=account-card]"));
    }

    private static Account NewAccount(string name, string login) => new()
    {
        Id = Guid.NewGuid(),
        DisplayName = name,
        BrokerLogin = login,
        Server = "MetaQuotes-Demo",
        Currency = "USD",
    };

    private static async Task<AngleSharp.Dom.IDocument> RenderAsync(string relativeUri, IReadOnlyList<Account> accounts)
    {
        await using var services = new ServiceCollection()
            .AddStreaming(new ConfigurationBuilder().Build())
            .AddSingleton<TimeProvider>(new ManualTimeProvider())
            .AddLogging()
            .AddSingleton<IJSRuntime, PrerenderJsRuntime>()
            .AddSingleton<IAccountDirectory>(new FixedAccountDirectory(accounts))
            .AddSingleton<NavigationManager>(new FixedNavigationManager(relativeUri))
            .AddSupplyValueFromQueryProvider()
            .BuildServiceProvider();
        return await StaticRender.RenderAsync<MarketsPage>(services);
    }

    private sealed class FixedNavigationManager : NavigationManager
    {
        public FixedNavigationManager(string relativeUri) => Initialize("http://127.0.0.1/", "http://127.0.0.1/" + relativeUri);
    }

    private sealed class FixedAccountDirectory(IReadOnlyList<Account> accounts) : IAccountDirectory
    {
        public event Action? Changed
        {
            add { }
            remove { }
        }

        public IReadOnlyList<Account> All => accounts;

        public Account? Find(Guid accountId) => accounts.FirstOrDefault(a => a.Id == accountId);

        public Account? FindByLogin(Platform platform, string brokerLogin) => accounts.FirstOrDefault(a => a.BrokerLogin == brokerLogin);

        public Task ReloadAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

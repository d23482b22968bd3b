using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Events.Validation;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Unit.Accounts;

public sealed class AccountResolverTests : IAsyncLifetime
{
    private PipelineHarness _harness = null!;
    private Guid _byId;
    private Guid _byLogin;

    public async Task InitializeAsync()
    {
        _harness = await PipelineHarness.CreateAsync();
        _byId = await _harness.AddAccountAsync("10000001");
        _byLogin = await _harness.AddAccountAsync("20000002");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public void Resolve_InternalIdAndOtherLogin_InternalIdWins()
    {
        var resolved = Resolver().Resolve(Platform.Mt5, new AccountReference(_byId, null, ["20000002"]));
        Assert.Equal(_byId, resolved?.Id);
    }

    [Fact]
    public void Resolve_UnknownInternalIdButLegacyGuid_FallsBackToLegacyAccountId()
    {
        var resolved = Resolver().Resolve(Platform.Mt5, new AccountReference(Guid.NewGuid(), _byLogin, []));
        Assert.Equal(_byLogin, resolved?.Id);
    }

    [Fact]
    public void Resolve_OnlyBrokerLogin_UsesAccountMap()
    {
        var resolved = Resolver().Resolve(Platform.Mt5, new AccountReference(null, null, ["nope", "20000002"]));
        Assert.Equal(_byLogin, resolved?.Id);
    }

    [Fact]
    public void Resolve_LoginOnOtherPlatform_NotResolved()
    {
        Assert.Null(Resolver().Resolve(Platform.CTrader, new AccountReference(null, null, ["20000002"])));
    }

    [Fact]
    public async Task Resolve_AfterAccountAddedAndReloaded_NewLoginResolves()
    {
        Assert.Null(Resolver().Resolve(Platform.Mt5, new AccountReference(null, null, ["30000003"])));

        var added = await _harness.AddAccountAsync("30000003");

        Assert.Equal(added, Resolver().Resolve(Platform.Mt5, new AccountReference(null, null, ["30000003"]))?.Id);
    }

    private AccountResolver Resolver() => new(_harness.Accounts);
}

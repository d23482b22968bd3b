using TradingDashboard.Core.Access;
using TradingDashboard.Core.Audit;
using TradingDashboard.Tests.Integration.Access;

namespace TradingDashboard.Tests.Unit.Audit;

/// <summary>The audit log over a real SQLite file: append, then page newest first with filters.</summary>
public sealed class AuditLogTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private AccessTestServices _services = null!;

    private IAuditLog Log => _services.Audit;

    public async Task InitializeAsync()
    {
        _services = await AccessTestServices.CreateAsync();
        for (var i = 0; i < 5; i++)
        {
            _services.Time.Advance(TimeSpan.FromMinutes(1));
            await Log.AppendAsync(AccessTestServices.Admin, "user.locked", "user", $"user-{i % 2}", $"name-{i}", [new AuditChange("locked", "false", "true")], None);
        }

        await Log.AppendAsync(AccessTestServices.TraderA, "account.updated", "account", "acc-1", null, [new AuditChange("display_name", null, "é \"quoted\"")], None);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task QueryAsync_Paged_NewestFirstWithTotal()
    {
        var page = await Log.QueryAsync(AccessTestServices.Admin, new AuditQuery(Skip: 1, Take: 2), None);

        Assert.Equal(6, page.Total);
        Assert.Equal(["name-4", "name-3"], page.Items.Select(i => i.SubjectName));
        Assert.True(page.Items[0].At > page.Items[1].At);
    }

    [Fact]
    public async Task QueryAsync_Filters_CombineSubjectActionPrefixAndActor()
    {
        var bySubject = await Log.QueryAsync(AccessTestServices.Admin, new AuditQuery(SubjectId: "user-1"), None);
        var byPrefix = await Log.QueryAsync(AccessTestServices.Admin, new AuditQuery(ActionPrefix: "account."), None);
        var byActor = await Log.QueryAsync(AccessTestServices.Admin, new AuditQuery(ActorId: AccessTestServices.TraderA.UserId), None);

        Assert.Equal(2, bySubject.Total);
        Assert.Equal(["name-3", "name-1"], bySubject.Items.Select(i => i.SubjectName));
        Assert.Equal("acc-1", Assert.Single(byPrefix.Items).SubjectId);
        Assert.Equal(("bob.trader", "account.updated"), (Assert.Single(byActor.Items).ActorName, byActor.Items[0].Action));
    }

    [Fact]
    public async Task QueryAsync_ChangesRoundTrip_TextAndNullsIntact()
    {
        var page = await Log.QueryAsync(AccessTestServices.Admin, new AuditQuery(Take: 1), None);

        Assert.Equal([new AuditChange("display_name", null, "é \"quoted\"")], page.Items[0].Changes);
    }

    [Fact]
    public async Task QueryAsync_ActionPrefixWithLikeWildcards_MatchedLiterally()
    {
        var page = await Log.QueryAsync(AccessTestServices.Admin, new AuditQuery(ActionPrefix: "%"), None);

        Assert.Equal(0, page.Total);
    }

    [Fact]
    public async Task QueryAsync_Trader_RefusedAsNotAdmin()
    {
        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => Log.QueryAsync(AccessTestServices.TraderB, new AuditQuery(), None));

        Assert.Equal(AccessDeniedReason.NotAdmin, refused.Reason);
    }
}

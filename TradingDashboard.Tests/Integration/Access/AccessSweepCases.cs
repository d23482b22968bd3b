using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts.Credentials;
using TradingDashboard.Core.Audit;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming;

namespace TradingDashboard.Tests.Integration.Access;

/// <summary>
/// Every Core entry point that takes an account id or a caller, with how it must refuse the
/// wrong caller. <see cref="AccessSweepTests.Sweep_EveryPublicEntryPoint_CoveredOrExempt"/> fails
/// when a new method is in neither this table nor <see cref="Exempt"/>.
/// </summary>
public static class AccessSweepCases
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static IReadOnlyList<AccessSweepCase> All { get; } =
    [
        Owner("IAccountAccess.Demand", "tests.demand", (s, u, id) => s.Access.Demand(u, id, "tests.demand")),
        Owner("ISecuredMarketFeed.Subscribe (prices)", "markets.subscribe", (s, u, id) => s.Feed.Subscribe(u, MarketTopic.Group(GroupKeys.Prices(id, "EURUSD"))).Dispose()),
        Owner("ISecuredMarketFeed.Subscribe (prices prefix)", "markets.subscribe", (s, u, id) => s.Feed.Subscribe(u, MarketTopic.Prefix(GroupKeys.PricesPrefix(id))).Dispose()),
        Owner("ISecuredMarketFeed.Subscribe (candles)", "markets.subscribe", (s, u, id) => s.Feed.Subscribe(u, MarketTopic.Group(GroupKeys.Candles(id, "EURUSD", Timeframe.M5))).Dispose()),
        Owner("ISecuredMarketFeed.Subscribe (account)", "markets.subscribe", (s, u, id) => s.Feed.Subscribe(u, MarketTopic.Group(GroupKeys.Account(id))).Dispose()),
        Admin("IAccountAccess.DemandAdmin", "tests.admin", (s, u, _) => s.Access.DemandAdmin(u, "tests.admin")),
        Admin("IAccountAdministration.ListAsync", "accounts.list", (s, u, _) => s.Administration.ListAsync(u, None)),
        Admin("IAccountAdministration.GetAsync", "accounts.get", (s, u, id) => s.Administration.GetAsync(u, id, None)),
        Admin("IAccountAdministration.CreateAsync", "accounts.create", (s, u, _) => s.Administration.CreateAsync(u, AccessTestServices.Draft("7001", "Sweep new"), None)),
        Admin("IAccountAdministration.UpdateAsync", "accounts.update", (s, u, id) => s.Administration.UpdateAsync(u, id, AccessTestServices.Draft("7002", "Sweep renamed"), None)),
        Admin("IAccountAdministration.SetActiveAsync", "accounts.set_active", (s, u, id) => s.Administration.SetActiveAsync(u, id, false, None)),
        Admin("IAccountAdministration.SetAssignmentsAsync", "accounts.assign", (s, u, id) => s.Administration.SetAssignmentsAsync(u, id, [u.UserId], None)),
        Admin("IAccountAdministration.SetCredentialAsync", "accounts.credentials.set", (s, u, id) => s.Administration.SetCredentialAsync(u, id, CredentialKind.Password, "sweep-secret-1", None)),
        Admin("IAccountAdministration.ClearCredentialAsync", "accounts.credentials.clear", (s, u, id) => s.Administration.ClearCredentialAsync(u, id, CredentialKind.Password, None)),
        Admin("IAccountAdministration.TestConnectionAsync", "accounts.test_connection", (s, u, id) => s.Administration.TestConnectionAsync(u, id, None)),
        Admin("IAccountAdministration.RemoveUserAsync", "users.remove_access", (s, u, _) => s.Administration.RemoveUserAsync(u, AccessTestServices.TraderB.UserId, None)),
        Admin("IAuditLog.QueryAsync", "audit.query", (s, u, id) => s.Audit.QueryAsync(u, new AuditQuery(SubjectId: id.ToString()), None)),
    ];

    /// <summary>Methods that take an account id or a caller but refuse nobody, and why that is right.</summary>
    public static IReadOnlyDictionary<string, string> Exempt { get; } = new Dictionary<string, string>
    {
        ["IAccountAccess.CanAccess"] = "the policy's own predicate: answers yes/no and refuses nothing (its rule is tested through Demand)",
        ["IAccountAccess.VisibleAccounts"] = "returns only the caller's accounts; tested in AccountAccessTests",
        ["IAccountAccess.AssignedUsers"] = "no caller: used by services that already demanded access",
        ["IAuditLog.AppendAsync"] = "write-only: records the acting user and returns nothing",
        ["IUserDirectory.ListAsync"] = "implemented over Identity in the web app; its refusal is tested in UserAdministrationTests",
    };

    public static TheoryData<string> Names => [.. All.Select(c => c.Name)];

    public static AccessSweepCase Get(string name) => All.Single(c => c.Name == name);

    private static AccessSweepCase Owner(string name, string operation, Action<AccessTestServices, AccessUser, Guid> call) =>
        new(name, AccessDeniedReason.NotAssigned, operation, false, (s, u, id) => Run(call, s, u, id));

    private static AccessSweepCase Admin(string name, string operation, Action<AccessTestServices, AccessUser, Guid> call) =>
        new(name, AccessDeniedReason.NotAdmin, operation, true, (s, u, id) => Run(call, s, u, id));

    private static AccessSweepCase Admin(string name, string operation, Func<AccessTestServices, AccessUser, Guid, Task> call) =>
        new(name, AccessDeniedReason.NotAdmin, operation, true, call);

    private static Task Run(Action<AccessTestServices, AccessUser, Guid> call, AccessTestServices services, AccessUser user, Guid id)
    {
        call(services, user, id);
        return Task.CompletedTask;
    }
}

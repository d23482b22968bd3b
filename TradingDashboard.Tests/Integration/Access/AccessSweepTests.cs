using System.Reflection;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts.Credentials;

namespace TradingDashboard.Tests.Integration.Access;

/// <summary>
/// Access holds below the UI: every Core entry point refuses trader A on trader B's account
/// (and non-admins on admin functions) with <see cref="AccessDeniedException"/>, and logs it.
/// </summary>
public sealed class AccessSweepTests : IAsyncLifetime
{
    private AccessTestServices _services = null!;
    private Guid _accountOfB;

    public async Task InitializeAsync()
    {
        _services = await AccessTestServices.CreateAsync();
        await _services.CreateAccountAsync("6001", "Trader A's", AccessTestServices.TraderA);
        _accountOfB = await _services.CreateAccountAsync("6002", "Trader B's", AccessTestServices.TraderB);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Theory]
    [MemberData(nameof(AccessSweepCases.Names), MemberType = typeof(AccessSweepCases))]
    public async Task Call_TraderAOnTraderBsAccount_RefusedAndLogged(string name)
    {
        var sweep = AccessSweepCases.Get(name);
        var user = AccessTestServices.TraderA;

        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => sweep.Call(_services, user, _accountOfB));

        Assert.Equal(sweep.Reason, refused.Reason);
        Assert.False(string.IsNullOrWhiteSpace(refused.Message));
        var log = Assert.Single(_services.Refusals, l => l.Field("UserId") == user.UserId);
        Assert.Equal(
            (user.UserName, sweep.Operation, sweep.Reason.ToString()),
            (log.Field("UserName"), log.Field("Operation"), log.Field("Reason")));
        Assert.Equal(sweep.AdminOnly ? null : _accountOfB.ToString(), log.Field("AccountId"));
    }

    [Theory]
    [MemberData(nameof(AccessSweepCases.Names), MemberType = typeof(AccessSweepCases))]
    public async Task Call_RightfulCaller_Allowed(string name)
    {
        var sweep = AccessSweepCases.Get(name);

        await sweep.Call(_services, sweep.AdminOnly ? AccessTestServices.Admin : AccessTestServices.TraderB, _accountOfB);

        Assert.Empty(_services.Refusals);
    }

    [Fact]
    public async Task Call_SecretInRefusedCall_NeverLogged()
    {
        const string Secret = "do-not-log-this-9f2c";

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            _services.Administration.SetCredentialAsync(AccessTestServices.TraderA, _accountOfB, CredentialKind.Password, Secret, CancellationToken.None));

        Assert.Single(_services.Refusals);
        Assert.DoesNotContain(_services.Logs.Entries, e => e.Message.Contains(Secret, StringComparison.Ordinal) || e.Fields.Values.Any(v => v?.Contains(Secret, StringComparison.Ordinal) == true));
    }

    [Fact]
    public void Sweep_EveryPublicEntryPoint_CoveredOrExempt()
    {
        string[] namespaces = ["TradingDashboard.Core.Access", "TradingDashboard.Core.Accounts.Administration", "TradingDashboard.Core.Accounts.Credentials", "TradingDashboard.Core.Audit"];
        var entryPoints = typeof(IAccountAccess).Assembly.GetExportedTypes()
            .Where(t => t.IsInterface && namespaces.Contains(t.Namespace))
            .SelectMany(t => t.GetMethods().Select(m => (Type: t, Method: m)))
            .Where(x => x.Method.GetParameters().Any(TakesAccountOrCaller))
            .Select(x => $"{x.Type.Name}.{x.Method.Name}")
            .ToHashSet(StringComparer.Ordinal);
        var swept = AccessSweepCases.All.Select(c => c.Method).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("IAccountAdministration.TestConnectionAsync", entryPoints);
        Assert.Equal([], entryPoints.Where(m => !swept.Contains(m) && !AccessSweepCases.Exempt.ContainsKey(m)).Order(StringComparer.Ordinal));
        Assert.Equal([], AccessSweepCases.Exempt.Keys.Where(m => !entryPoints.Contains(m)).Order(StringComparer.Ordinal));
        Assert.Equal([], swept.Intersect(AccessSweepCases.Exempt.Keys).Order(StringComparer.Ordinal));
    }

    private static bool TakesAccountOrCaller(ParameterInfo parameter) =>
        parameter.ParameterType == typeof(AccessUser) || (parameter.ParameterType == typeof(Guid) && parameter.Name == "accountId");
}

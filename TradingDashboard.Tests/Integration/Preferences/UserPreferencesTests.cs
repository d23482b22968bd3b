using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Preferences;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Preferences;

/// <summary>Preferences on a real SQLite file and a real PostgreSQL database.</summary>
public sealed class UserPreferencesTests
{
    private static readonly AccessUser Alice = new("alice-id", "alice", IsAdmin: false);
    private static readonly AccessUser Bob = new("bob-id", "bob", IsAdmin: true);

    [Fact]
    public async Task SetAsync_ThenGet_Sqlite_RoundTripsAndOverwrites()
    {
        using var database = new SqliteTestDatabase();
        await RoundTripAsync(database);
    }

    [Fact]
    public async Task SetAsync_ThenGet_PostgreSql_RoundTripsAndOverwrites()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await RoundTripAsync(database);
    }

    [Fact]
    public async Task GetAsync_AnotherUsersKey_Sqlite_SeesOnlyTheirOwn()
    {
        using var database = new SqliteTestDatabase();
        await IsolationAsync(database);
    }

    [Fact]
    public async Task GetAsync_AnotherUsersKey_PostgreSql_SeesOnlyTheirOwn()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await IsolationAsync(database);
    }

    [Fact]
    public async Task SetAsync_InvalidJson_Sqlite_RejectedAndNothingStored()
    {
        using var database = new SqliteTestDatabase();
        var preferences = Preferences(database, new ManualTimeProvider(TestEvents.BaseTime));

        await Assert.ThrowsAsync<ArgumentException>(() => preferences.SetAsync(Alice, "chart", "{\"a\":", CancellationToken.None));

        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.UserPreferences.CountAsync());
    }

    private static async Task RoundTripAsync(IDbContextFactory<DashboardDbContext> database)
    {
        var time = new ManualTimeProvider(TestEvents.BaseTime);
        var preferences = Preferences(database, time);
        const string First = """{"indicators":[{"id":"ema","period":20}]}""";
        const string Second = """{"indicators":[]}""";

        var missing = await preferences.GetAsync(Alice, "chart.indicators", CancellationToken.None);
        await preferences.SetAsync(Alice, "chart.indicators", First, CancellationToken.None);
        var stored = await preferences.GetAsync(Alice, "chart.indicators", CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(5));
        await preferences.SetAsync(Alice, "chart.indicators", Second, CancellationToken.None);
        var overwritten = await preferences.GetAsync(Alice, "chart.indicators", CancellationToken.None);

        Assert.Null(missing);
        Assert.Equal(First, stored);
        Assert.Equal(Second, overwritten);
        await using var db = database.CreateDbContext();
        var row = await db.UserPreferences.SingleAsync();
        Assert.Equal(("alice-id", "chart.indicators", TestEvents.BaseTime.AddMinutes(5)), (row.UserId, row.Key, row.UpdatedAt));
    }

    private static async Task IsolationAsync(IDbContextFactory<DashboardDbContext> database)
    {
        var preferences = Preferences(database, new ManualTimeProvider(TestEvents.BaseTime));

        await preferences.SetAsync(Alice, "chart", """{"owner":"alice"}""", CancellationToken.None);
        await preferences.SetAsync(Bob, "chart", """{"owner":"bob"}""", CancellationToken.None);

        Assert.Equal("""{"owner":"alice"}""", await preferences.GetAsync(Alice, "chart", CancellationToken.None));
        Assert.Equal("""{"owner":"bob"}""", await preferences.GetAsync(Bob, "chart", CancellationToken.None));
        Assert.Null(await preferences.GetAsync(new AccessUser("carol-id", "carol", IsAdmin: true), "chart", CancellationToken.None));
    }

    private static UserPreferences Preferences(IDbContextFactory<DashboardDbContext> database, TimeProvider time) =>
        new(database, Options.Create(new PreferencesOptions()), time);
}

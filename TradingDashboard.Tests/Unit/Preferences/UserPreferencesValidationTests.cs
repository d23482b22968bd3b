using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Preferences;

namespace TradingDashboard.Tests.Unit.Preferences;

/// <summary>What is refused before any database is touched (the factory here fails the test if asked).</summary>
public class UserPreferencesValidationTests
{
    private static readonly AccessUser Alice = new("alice-id", "alice", IsAdmin: false);

    [Theory]
    [InlineData("{\"indicators\": [")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("{} {}")]
    public async Task SetAsync_InvalidJson_RejectedWithArgumentException(string json)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Preferences().SetAsync(Alice, "chart", json, CancellationToken.None));

        Assert.Equal("json", error.ParamName);
    }

    [Fact]
    public async Task SetAsync_JsonOver64Kilobytes_Rejected()
    {
        var json = $"\"{new string('x', 64 * 1024)}\"";

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Preferences().SetAsync(Alice, "chart", json, CancellationToken.None));

        Assert.Contains("64 KB", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public async Task GetAsync_BlankKey_Rejected(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Preferences().GetAsync(Alice, key, CancellationToken.None));
    }

    [Fact]
    public async Task SetAsync_KeyOver128Characters_Rejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Preferences().SetAsync(Alice, new string('k', 129), "{}", CancellationToken.None));
    }

    private static UserPreferences Preferences() => new(new NoDatabase(), Options.Create(new PreferencesOptions()), TimeProvider.System);

    private sealed class NoDatabase : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => throw new InvalidOperationException("Validation must fail before the database is used.");
    }
}

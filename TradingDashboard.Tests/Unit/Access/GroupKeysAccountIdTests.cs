using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming;

namespace TradingDashboard.Tests.Unit.Access;

/// <summary><see cref="GroupKeys.TryGetAccountId"/>: the secured feed's way to tell whose data a topic or update is.</summary>
public sealed class GroupKeysAccountIdTests
{
    private static readonly Guid Account = Guid.Parse("0f6b1f2e-8d51-4d4f-9d0e-6a1c2b3d4e5f");

    public static TheoryData<string> AccountKeys =>
    [
        GroupKeys.Prices(Account, "btcusd.a"),
        GroupKeys.PricesPrefix(Account),
        GroupKeys.Candles(Account, "EURUSD", Timeframe.M5),
        GroupKeys.Account(Account),
        $"prices_{Account:D}",
    ];

    [Theory]
    [MemberData(nameof(AccountKeys))]
    public void TryGetAccountId_KeyOfAnAccount_ReturnsIt(string key)
    {
        Assert.True(GroupKeys.TryGetAccountId(key, out var id));
        Assert.Equal(Account, id);
    }

    [Theory]
    [InlineData("prices_")]
    [InlineData("")]
    [InlineData("candles_")]
    [InlineData("prices_0f6b1f2e")]
    [InlineData("prices_0f6b1f2e-8d51-4d4f-9d0e-6a1c2b3d4e5fEURUSD")]
    [InlineData("news_0f6b1f2e-8d51-4d4f-9d0e-6a1c2b3d4e5f")]
    [InlineData("prices_zzzzzzzz-8d51-4d4f-9d0e-6a1c2b3d4e5f_EURUSD")]
    public void TryGetAccountId_KeyWithoutAnAccount_False(string key)
    {
        Assert.False(GroupKeys.TryGetAccountId(key, out var id));
        Assert.Equal(Guid.Empty, id);
    }
}

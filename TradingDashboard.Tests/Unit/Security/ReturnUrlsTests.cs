using TradingDashboard.Security.Account;

namespace TradingDashboard.Tests.Unit.Security;

public sealed class ReturnUrlsTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/markets?account=1", "/markets?account=1")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("markets", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/markets\r\nSet-Cookie: x", "/")]
    public void LocalOrHome_OnlyPathsOnThisSite(string? returnUrl, string expected) =>
        Assert.Equal(expected, ReturnUrls.LocalOrHome(returnUrl));
}

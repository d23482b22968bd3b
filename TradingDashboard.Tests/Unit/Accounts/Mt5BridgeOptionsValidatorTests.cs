using TradingDashboard.Core.Connectors.Mt5Bridge;

namespace TradingDashboard.Tests.Unit.Accounts;

public sealed class Mt5BridgeOptionsValidatorTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("http://mt5-bridge:8000", true)]
    [InlineData("https://bridge.example.com/", true)]
    [InlineData("mt5-bridge:8000", false)]
    [InlineData("ftp://bridge", false)]
    [InlineData("/relative", false)]
    public void Validate_BaseUrl_OnlyAbsoluteHttp(string? baseUrl, bool valid)
    {
        var result = new Mt5BridgeOptionsValidator().Validate(null, new Mt5BridgeOptions { BaseUrl = baseUrl });

        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public void Validate_ZeroTimeout_Fails()
    {
        Assert.True(new Mt5BridgeOptionsValidator().Validate(null, new Mt5BridgeOptions { Timeout = TimeSpan.Zero }).Failed);
    }

    [Fact]
    public void ConfiguredBaseAddress_WithoutTrailingSlash_EndsInSlashSoRelativePathsAppend()
    {
        var options = new Mt5BridgeOptions { BaseUrl = "http://bridge:8000/prefix" };

        Assert.Equal(new Uri("http://bridge:8000/prefix/api/mt5/bridge/health"), new Uri(options.ConfiguredBaseAddress()!, "api/mt5/bridge/health"));
    }
}

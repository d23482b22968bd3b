using TradingDashboard.Hosting;

namespace TradingDashboard.Tests.Unit.Accounts;

/// <summary>Without <c>Bridge:BaseUrl</c> the bridge is the simulator on the dashboard's own listening address.</summary>
public sealed class ServerBridgeAddressTests
{
    [Fact]
    public void Listening_HttpsAndHttpOnLoopback_PrefersPlainHttp()
    {
        Assert.Equal(new Uri("http://127.0.0.1:5000/"), ServerBridgeAddress.Listening(["https://127.0.0.1:5001", "http://127.0.0.1:5000"]));
    }

    [Theory]
    [InlineData("http://+:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://[::]:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://*:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://localhost:5000", "http://localhost:5000/")]
    public void Listening_WildcardOrNamedBinding_CallableLoopbackAddress(string bound, string expected)
    {
        Assert.Equal(new Uri(expected), ServerBridgeAddress.Listening([bound]));
    }

    [Fact]
    public void Listening_LanAndLoopback_PrefersLoopback()
    {
        Assert.Equal(new Uri("http://127.0.0.1:5000/"), ServerBridgeAddress.Listening(["http://10.0.0.5:5000", "http://127.0.0.1:5000"]));
    }

    [Fact]
    public void Listening_NothingBound_Null()
    {
        Assert.Null(ServerBridgeAddress.Listening([]));
    }
}

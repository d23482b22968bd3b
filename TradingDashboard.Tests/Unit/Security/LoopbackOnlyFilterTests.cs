using System.Net;
using Microsoft.AspNetCore.Http;
using TradingDashboard.Security.Http;

namespace TradingDashboard.Tests.Unit.Security;

public sealed class LoopbackOnlyFilterTests
{
    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("192.168.0.20")]
    [InlineData("2001:db8::1")]
    public async Task InvokeAsync_RemoteCaller_Refused403WithoutRunningTheEndpoint(string address)
    {
        var (result, ran) = await InvokeAsync(IPAddress.Parse(address));

        Assert.False(ran);
        var status = Assert.IsAssignableFrom<IStatusCodeHttpResult>(result);
        Assert.Equal(StatusCodes.Status403Forbidden, status.StatusCode);
    }

    [Fact]
    public async Task InvokeAsync_NoRemoteAddress_Refused()
    {
        var (_, ran) = await InvokeAsync(null);

        Assert.False(ran);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task InvokeAsync_Loopback_RunsTheEndpoint(string address)
    {
        var (result, ran) = await InvokeAsync(IPAddress.Parse(address));

        Assert.True(ran);
        Assert.Equal("endpoint", result);
    }

    private static async Task<(object? Result, bool Ran)> InvokeAsync(IPAddress? remote)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = remote;
        var ran = false;
        var result = await LoopbackOnlyFilter.InvokeAsync(
            new DefaultEndpointFilterInvocationContext(http),
            _ =>
            {
                ran = true;
                return ValueTask.FromResult<object?>("endpoint");
            });
        return (result, ran);
    }
}

using System.Net;
using System.Net.Sockets;
using System.Text;
using TradingDashboard.Core.Accounts.Administration;
using TradingDashboard.Core.Audit;
using TradingDashboard.Tests.Integration.Access;
using TradingDashboard.Tests.Integration.Simulation;

namespace TradingDashboard.Tests.Integration.Accounts;

/// <summary>"Test connection" against the real bridge simulator API on Kestrel, and against bridges that fail.</summary>
public sealed class ConnectionTestTests(BridgeSimulatorApiFixture bridge) : IClassFixture<BridgeSimulatorApiFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task TestConnectionAsync_RegistryMatchesBridge_ReachedWithoutMismatches()
    {
        await using var services = await CreateAsync(bridge.Client.BaseAddress!.ToString());
        var id = await CreateAsync(services, AccessTestServices.Draft("2001", "Sim USD", "USD", server: " simulator-demo ", broker: "Simulated Markets Ltd"));

        var result = await services.Administration.TestConnectionAsync(AccessTestServices.Admin, id, None);

        Assert.True(result.Reached, result.Error);
        Assert.Empty(result.Mismatches);
        Assert.Equal(("2001", "Simulator-Demo", "USD", "live_data", true), (result.Login, result.Server, result.Currency, result.Source, result.TradeAllowed));
        Assert.Equal("Simulated Markets Ltd", result.Company);
        Assert.True(result.Elapsed > TimeSpan.Zero);
        var audit = Assert.Single((await services.Audit.QueryAsync(AccessTestServices.Admin, new AuditQuery(ActionPrefix: AccountAuditActions.ConnectionTested), None)).Items);
        Assert.Equal([new AuditChange("result", null, "reached (live_data)"), new AuditChange("mismatches", null, "none")], audit.Changes);
    }

    [Fact]
    public async Task TestConnectionAsync_RegistryDiffersFromBridge_ServerAndCurrencyMismatches()
    {
        await using var services = await CreateAsync(bridge.Client.BaseAddress!.ToString());
        var id = await CreateAsync(services, AccessTestServices.Draft("2002", "Sim EUR", "GBP", server: "Other-Live"));

        var result = await services.Administration.TestConnectionAsync(AccessTestServices.Admin, id, None);

        Assert.True(result.Reached, result.Error);
        Assert.Equal(
            [new ConnectionMismatch("server", "Other-Live", "Simulator-Demo"), new ConnectionMismatch("currency", "GBP", "EUR")],
            result.Mismatches);
        var audit = Assert.Single((await services.Audit.QueryAsync(AccessTestServices.Admin, new AuditQuery(SubjectId: id.ToString(), ActionPrefix: AccountAuditActions.ConnectionTested), None)).Items);
        Assert.Contains(new AuditChange("mismatches", null, "server, currency"), audit.Changes);
    }

    [Fact]
    public async Task TestConnectionAsync_LoginUnknownToBridge_Error()
    {
        await using var services = await CreateAsync(bridge.Client.BaseAddress!.ToString());
        var id = await CreateAsync(services, AccessTestServices.Draft("999999", "Nobody"));

        var result = await services.Administration.TestConnectionAsync(AccessTestServices.Admin, id, None);

        Assert.False(result.Reached);
        Assert.StartsWith("The bridge does not know login 999999", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Mismatches);
    }

    [Fact]
    public async Task TestConnectionAsync_NothingListening_ErrorCouldNotReach()
    {
        await using var services = await CreateAsync($"http://127.0.0.1:{UnusedPort()}/");
        var id = await CreateAsync(services, AccessTestServices.Draft("2001", "Sim USD"));

        var result = await services.Administration.TestConnectionAsync(AccessTestServices.Admin, id, None);

        Assert.StartsWith("Could not reach the bridge at http://127.0.0.1:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at System.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestConnectionAsync_BridgeNeverAnswers_TimeoutError()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        await using var services = await CreateAsync($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/", timeout: "00:00:00.300");
        var id = await CreateAsync(services, AccessTestServices.Draft("2001", "Sim USD"));

        var result = await services.Administration.TestConnectionAsync(AccessTestServices.Admin, id, None);

        Assert.Contains("did not answer within 0.3 s", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestConnectionAsync_BridgeAnswersGarbage_ErrorNotValidAccountInfo()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var serve = ServeOnceAsync(listener, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9\r\nConnection: close\r\n\r\n{\"login\":");
        await using var services = await CreateAsync($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        var id = await CreateAsync(services, AccessTestServices.Draft("2001", "Sim USD"));

        var result = await services.Administration.TestConnectionAsync(AccessTestServices.Admin, id, None);

        await serve;
        Assert.Equal("The bridge's answer for login 2001 is not valid account info.", result.Error);
    }

    [Fact]
    public async Task TestConnectionAsync_TerminalDisconnected_StoredData()
    {
        using var disconnect = new StringContent("""{"connected": false}""", Encoding.UTF8, "application/json");
        (await bridge.Client.PostAsync(new Uri("/mt5/simulator/accounts/2003/terminal", UriKind.Relative), disconnect)).EnsureSuccessStatusCode();
        try
        {
            await using var services = await CreateAsync(bridge.Client.BaseAddress!.ToString());
            var id = await CreateAsync(services, AccessTestServices.Draft("2003", "Disconnected"));

            var result = await services.Administration.TestConnectionAsync(AccessTestServices.Admin, id, None);

            Assert.Equal(("stored_data", "2003"), (result.Source, result.Login));
        }
        finally
        {
            using var reconnect = new StringContent("""{"connected": true}""", Encoding.UTF8, "application/json");
            await bridge.Client.PostAsync(new Uri("/mt5/simulator/accounts/2003/terminal", UriKind.Relative), reconnect);
        }
    }

    private static Task<AccessTestServices> CreateAsync(string baseUrl, string timeout = "00:00:05") =>
        AccessTestServices.CreateAsync(new Dictionary<string, string?> { ["Bridge:BaseUrl"] = baseUrl, ["Bridge:Timeout"] = timeout });

    private static async Task<Guid> CreateAsync(AccessTestServices services, AccountDraft draft)
    {
        var created = await services.Administration.CreateAsync(AccessTestServices.Admin, draft, None);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Values));
        return created.Account!.Account.Id;
    }

    private static int UnusedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static async Task ServeOnceAsync(TcpListener listener, string response)
    {
        using var client = await listener.AcceptTcpClientAsync();
        var stream = client.GetStream();
        var buffer = new byte[4096];
        _ = await stream.ReadAsync(buffer);
        await stream.WriteAsync(Encoding.ASCII.GetBytes(response));
    }
}

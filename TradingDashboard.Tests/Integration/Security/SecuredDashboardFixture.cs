using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Security;

/// <summary>One dashboard (simulator off) shared by the HTTP security tests; each test makes its own users.</summary>
public sealed class SecuredDashboardFixture : IAsyncLifetime
{
    private DashboardServer? _server;

    public DashboardServer Server => _server ?? throw new InvalidOperationException("The dashboard is not started.");

    public Task InitializeAsync()
    {
        _server = DashboardServer.Start(new Dictionary<string, string?> { ["Simulator:Enabled"] = "false" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>A user name no other test uses.</summary>
    public static string NewUserName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];
}

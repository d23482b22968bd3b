using System.Globalization;
using System.Text.Json;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Browser.Trading;

/// <summary>Reads a login's open positions straight from the bridge simulator over HTTP: what the broker holds, not what the dashboard believes.</summary>
public static class BridgePositions
{
    public static async Task<IReadOnlyList<BridgePosition>> ListAsync(DashboardServer dashboard, string login)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        using var client = dashboard.CreateClient();
        using var response = await client.GetAsync(new Uri(string.Create(CultureInfo.InvariantCulture, $"api/mt5/account/{login}/positions"), UriKind.Relative));
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return
        [
            .. document.RootElement.GetProperty("positions").EnumerateArray().Select(p => new BridgePosition(
                p.GetProperty("ticket").GetInt64(),
                p.GetProperty("symbol").GetString()!,
                p.GetProperty("type").GetInt32(),
                p.GetProperty("volume").GetDecimal(),
                p.GetProperty("price_open").GetDecimal(),
                p.GetProperty("sl").GetDecimal(),
                p.GetProperty("tp").GetDecimal(),
                p.GetProperty("comment").GetString() ?? "")),
        ];
    }
}

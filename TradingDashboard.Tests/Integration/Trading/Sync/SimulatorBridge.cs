using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace TradingDashboard.Tests.Integration.Trading.Sync;

/// <summary>
/// The embedded bridge simulator's HTTP API as a terminal outside the dashboard would use it:
/// open, close and modify positions the dashboard did not ask for, read positions and deals, inject faults.
/// </summary>
internal sealed class SimulatorBridge(HttpClient client)
{
    /// <summary>A market order; returns the position ticket.</summary>
    public async Task<long> OpenAsync(string login, string symbol, int type, decimal volume, string comment, decimal sl = 0m, decimal tp = 0m)
    {
        var result = await PostAsync($"api/mt5/account/{login}/orders", new { symbol, type, volume, sl, tp, comment });
        return result.GetProperty("position").GetInt64();
    }

    /// <summary>Closes wholly (<paramref name="volume"/> null) or partly.</summary>
    public Task CloseAsync(string login, long ticket, decimal? volume, string comment) =>
        PostAsync(string.Create(CultureInfo.InvariantCulture, $"api/mt5/account/{login}/positions/{ticket}/close"), new { volume = volume ?? 0m, comment });

    public Task ModifyAsync(string login, long ticket, decimal sl, decimal tp) =>
        PostAsync(string.Create(CultureInfo.InvariantCulture, $"api/mt5/account/{login}/positions/{ticket}/modify"), new { sl, tp });

    public async Task<IReadOnlyList<JsonElement>> PositionsAsync(string login) => await ListAsync($"api/mt5/account/{login}/positions", "positions");

    public async Task<IReadOnlyList<JsonElement>> DealsAsync(string login) => await ListAsync($"api/mt5/account/{login}/deals?from=0", "deals");

    public async Task<JsonElement> PositionAsync(string login, long ticket) =>
        (await PositionsAsync(login)).Single(p => p.GetProperty("ticket").GetInt64() == ticket);

    /// <summary><c>POST /mt5/simulator/faults</c>; mode <c>none</c> resets.</summary>
    public async Task SetFaultAsync(string login, string mode)
    {
        using var response = await client.PostAsJsonAsync("mt5/simulator/faults", new { mode, login, latency_ms = 0, count = 0 });
        response.EnsureSuccessStatusCode();
    }

    private async Task<JsonElement> PostAsync(string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var retcode = result.GetProperty("retcode").GetInt32();
        Assert.True(retcode == 10009, $"The simulator answered retcode {retcode} to {path}: {result}");
        return result;
    }

    private async Task<IReadOnlyList<JsonElement>> ListAsync(string path, string property)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
        return [.. document.RootElement.GetProperty(property).EnumerateArray().Select(e => e.Clone())];
    }
}

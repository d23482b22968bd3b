using System.Text.Json.Serialization;

namespace TradingDashboard.Core.Connectors.Mt5Bridge;

/// <summary><c>GET /api/mt5/account/{login}/info</c>: live data from the terminal, or the values the bridge stored last.</summary>
internal sealed record Mt5AccountInfoResponse(
    [property: JsonConverter(typeof(NumberOrStringConverter))] string? Login,
    Mt5AccountInfo? LiveData,
    Mt5AccountInfo? StoredData,
    DateTimeOffset? StoredAt,
    string? Source,
    DateTimeOffset? RetrievedAt)
{
    /// <summary>Live data when the terminal answered, else the stored values.</summary>
    public (Mt5AccountInfo? Info, string? Source) Best() =>
        LiveData is not null ? (LiveData, "live_data") : StoredData is not null ? (StoredData, "stored_data") : (null, null);
}

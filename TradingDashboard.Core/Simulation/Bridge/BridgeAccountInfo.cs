using TradingDashboard.Core.Events.Payloads;

namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary><c>GET /api/mt5/account/{login}/info</c>.</summary>
/// <param name="LiveData">Read from the terminal now; null while it is disconnected.</param>
/// <param name="StoredData">The values the bridge stored last, from <paramref name="StoredAt"/>.</param>
/// <param name="Source"><c>live_data</c> or <c>stored_data</c>: which one a reader should trust.</param>
public sealed record BridgeAccountInfo(
    string Login,
    AccountInfoPayload? LiveData,
    AccountInfoPayload? StoredData,
    DateTimeOffset? StoredAt,
    string Source,
    DateTimeOffset RetrievedAt);

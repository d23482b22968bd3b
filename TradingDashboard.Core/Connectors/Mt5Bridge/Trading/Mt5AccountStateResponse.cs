namespace TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

/// <summary><c>GET /api/mt5/account/{login}/info</c>: live data from the terminal, else what the bridge stored last.</summary>
internal sealed record Mt5AccountStateResponse(Mt5AccountState? LiveData, Mt5AccountState? StoredData)
{
    public Mt5AccountState? Best => LiveData ?? StoredData;
}

namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary><c>GET /api/mt5/rates/{login}?symbol=&amp;timeframe=&amp;count=</c>: the last bars, oldest first.</summary>
public sealed record BridgeRates(
    string Login,
    string Symbol,
    string Timeframe,
    int Digits,
    int Count,
    IReadOnlyList<BridgeRate> Rates,
    DateTimeOffset RetrievedAt);

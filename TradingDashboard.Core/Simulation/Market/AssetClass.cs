namespace TradingDashboard.Core.Simulation.Market;

/// <summary>What kind of instrument a simulated symbol is.</summary>
internal enum AssetClass
{
    Forex,
    Metal,
    Crypto,
    Index,
}

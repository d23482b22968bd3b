namespace TradingDashboard.Components.Shared.Trading;

/// <summary>How SL, TP and TP1 are typed: as prices, or as distances from the entry in pips.</summary>
public enum LevelMode
{
    Pips,
    Price,
}

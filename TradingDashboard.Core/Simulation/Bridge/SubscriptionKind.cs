namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>What a headless subscription streams.</summary>
internal enum SubscriptionKind
{
    Price,
    Candles,
}

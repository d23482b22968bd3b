using TradingDashboard.Core.Connectors;

namespace TradingDashboard.Core.Simulation.Trading;

/// <summary>An account at current prices: MT5 <c>account_info</c> money fields and <c>positions_get</c>.</summary>
/// <param name="MarginLevel">Equity / margin × 100; 0 without margin.</param>
internal sealed record BookValuation(
    decimal Balance,
    decimal Equity,
    decimal Profit,
    decimal Margin,
    decimal MarginFree,
    decimal MarginLevel,
    IReadOnlyList<BrokerPosition> Positions);

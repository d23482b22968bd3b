namespace TradingDashboard.Core.Trading.History;

public sealed record TradeHistoryPage(IReadOnlyList<TradeHistoryRow> Rows, int Total);

using TradingDashboard.Core.Trading.History;

namespace TradingDashboard.Components.Pages.Positions;

/// <summary>A trade's lineage in one line, for tooltips: source, key, correlation, live run, bot version.</summary>
public static class LineageText
{
    public const string External = "Opened outside the dashboard (terminal, mobile or another tool)";

    public static string Describe(TradeHistoryRow? trade)
    {
        if (trade is null)
        {
            return External;
        }

        var parts = new List<string> { $"source {trade.Source}" };
        if (trade.IdempotencyKey is { } key)
        {
            parts.Add($"key {key}");
        }

        if (trade.CorrelationId is { } correlation)
        {
            parts.Add($"correlation {correlation}");
        }

        if (trade.LiveRunId is { } run)
        {
            parts.Add($"live run {run:D}");
        }

        if (trade.BotVersion is { } version)
        {
            parts.Add($"bot version {version}");
        }

        return string.Join(" · ", parts);
    }
}

using System.ComponentModel.DataAnnotations;

namespace TradingDashboard.Core.Candles;

/// <summary>Rolling candle series (<c>Candles</c>).</summary>
public sealed class CandlesOptions
{
    public const string SectionName = "Candles";

    /// <summary>Bars loaded from the bridge's history when a series opens.</summary>
    [Range(1, 5000)]
    public int HistoryBars { get; set; } = 500;

    /// <summary>Bars a series keeps in memory; the oldest go first.</summary>
    [Range(10, 100_000)]
    public int MaxBars { get; set; } = 2000;
}

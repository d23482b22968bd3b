using System.Globalization;

namespace TradingDashboard.Components.Pages.Positions;

/// <summary>Prices with the symbol's digits, volumes in lots, and MT5's "no level" for an absent SL/TP.</summary>
public static class PriceText
{
    /// <summary>MT5 symbols carry at most 8 digits.</summary>
    public const int MaxDigits = 8;

    public const string None = "—";

    public static string Format(decimal price, int digits) =>
        price.ToString("F" + Math.Clamp(digits, 0, MaxDigits).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>An SL/TP level, or "—" when there is none (null or MT5's 0).</summary>
    public static string Level(decimal? price, int digits) => price is { } value && value != 0m ? Format(value, digits) : None;

    /// <summary>Lots with at least two decimals, more when the volume has them ("0.10", "1.00", "0.015").</summary>
    public static string Volume(decimal volume) => volume.ToString("0.00######", CultureInfo.InvariantCulture);

    /// <summary>Digits inferred from the decimal scale of prices seen, for symbols whose specification is not known.</summary>
    public static int InferDigits(params decimal[] prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        var digits = 0;
        foreach (var price in prices)
        {
            digits = Math.Max(digits, price.Scale);
        }

        return Math.Min(MaxDigits, digits);
    }

    /// <summary>Decimals of a step or size, ignoring trailing zeros (0.010 → 2).</summary>
    public static int Decimals(decimal step)
    {
        var value = Math.Abs(step);
        var decimals = 0;
        while (value != decimal.Truncate(value) && decimals < 28)
        {
            value *= 10m;
            decimals++;
        }

        return decimals;
    }

    /// <summary>"2026-11-21 10:32:05", always UTC (the column header says so).</summary>
    public static string Time(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>"Buy", "Sell limit", "Buy stop": MT5's order type names.</summary>
    public static string OrderType(TradingDashboard.Core.Domain.PositionSide side, TradingDashboard.Core.Connectors.OrderType type) => type switch
    {
        TradingDashboard.Core.Connectors.OrderType.Limit => $"{Side(side)} limit",
        TradingDashboard.Core.Connectors.OrderType.Stop => $"{Side(side)} stop",
        _ => Side(side),
    };

    public static string Side(TradingDashboard.Core.Domain.PositionSide side) =>
        side == TradingDashboard.Core.Domain.PositionSide.Buy ? "Buy" : "Sell";
}

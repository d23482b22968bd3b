namespace TradingDashboard.Core.Domain;

/// <summary>Wire names of <see cref="Platform"/> ("MT5", "CTRADER").</summary>
public static class PlatformNames
{
    public const string Mt5 = "MT5";
    public const string CTrader = "CTRADER";

    public static string ToWire(this Platform platform) => platform switch
    {
        Platform.Mt5 => Mt5,
        Platform.CTrader => CTrader,
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, null),
    };

    public static bool TryParse(string? value, out Platform platform)
    {
        switch (value?.ToUpperInvariant())
        {
            case Mt5: platform = Platform.Mt5; return true;
            case CTrader: platform = Platform.CTrader; return true;
            default: platform = default; return false;
        }
    }
}

namespace TradingDashboard.Core.Simulation.Market;

/// <summary>Rounding of prices to a symbol's digits, the way MT5 quotes them.</summary>
internal static class PriceMath
{
    public static decimal Point(int digits) => digits switch
    {
        < 0 or > 10 => throw new ArgumentOutOfRangeException(nameof(digits), digits, "Digits must be 0-10."),
        _ => 1m / Pow10(digits),
    };

    public static decimal Round(decimal price, int digits) => Math.Round(price, digits, MidpointRounding.AwayFromZero);

    private static decimal Pow10(int digits)
    {
        var result = 1m;
        for (var i = 0; i < digits; i++)
        {
            result *= 10m;
        }

        return result;
    }
}

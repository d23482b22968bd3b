namespace TradingDashboard.Core.Simulation.Market;

/// <summary>Rounding of prices to a symbol's digits, the way MT5 quotes them.</summary>
internal static class PriceMath
{
    private static readonly decimal[] Points = [1m, 0.1m, 0.01m, 0.001m, 0.0001m, 0.00001m, 0.000001m, 0.0000001m, 0.00000001m];

    /// <summary>The smallest price step at <paramref name="digits"/> decimals.</summary>
    public static decimal Point(int digits) =>
        digits >= 0 && digits < Points.Length
            ? Points[digits]
            : throw new ArgumentOutOfRangeException(nameof(digits), digits, $"Digits must be 0-{Points.Length - 1}.");

    public static decimal Round(decimal price, int digits) => Math.Round(price, digits, MidpointRounding.AwayFromZero);
}

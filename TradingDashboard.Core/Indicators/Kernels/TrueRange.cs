namespace TradingDashboard.Core.Indicators.Kernels;

/// <summary>Wilder's true range: the bar's range stretched to the previous close.</summary>
internal static class TrueRange
{
    public static double Of(in OhlcvBar bar, double previousClose) =>
        Math.Max(bar.High - bar.Low, Math.Max(Math.Abs(bar.High - previousClose), Math.Abs(bar.Low - previousClose)));
}

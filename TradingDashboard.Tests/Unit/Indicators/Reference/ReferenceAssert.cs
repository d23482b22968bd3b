namespace TradingDashboard.Tests.Unit.Indicators.Reference;

/// <summary>Comparisons with REFERENCE.md: ±0.00005, and warm-up values must be null.</summary>
internal static class ReferenceAssert
{
    public const double Tolerance = 0.00005;

    public static void Near(double expected, double? actual)
    {
        Assert.True(actual.HasValue, $"expected {expected}, got null");
        Assert.Equal(expected, actual.Value, Tolerance);
    }

    public static void NonEmptyCount<T>(int expected, IEnumerable<T> results, Func<T, double?> value) =>
        Assert.Equal(expected, results.Count(r => value(r).HasValue));
}

namespace TradingDashboard.Benchmarks.Reporting;

/// <summary>Order statistics over small samples.</summary>
internal static class Statistics
{
    public static double Median(IEnumerable<double> values) => Percentile([.. values.Order()], 50);

    /// <summary>Nearest-rank percentile of an ascending array.</summary>
    public static double Percentile(double[] ascending, double percent)
    {
        if (ascending.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * ascending.Length);
        return ascending[Math.Clamp(rank - 1, 0, ascending.Length - 1)];
    }
}

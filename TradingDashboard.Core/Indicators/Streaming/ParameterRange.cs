namespace TradingDashboard.Core.Indicators.Streaming;

/// <summary>The checks behind each indicator's <c>Validate</c>: a clear message naming the parameter and its allowed range.</summary>
internal static class ParameterRange
{
    public const int MaxPeriod = 10_000;

    public static void Period(int value, string name, int minimum = 1)
    {
        if (value < minimum || value > MaxPeriod)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {minimum} and {MaxPeriod}, got {value}.");
        }
    }

    public static void Within(double value, string name, double minimum, double maximum)
    {
        if (!(value >= minimum && value <= maximum))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {minimum} and {maximum}, got {value}.");
        }
    }
}

using System.Globalization;

namespace TradingDashboard.Components.Shared;

/// <summary>How old a live value is, as a trader reads it: "0.3s", "12s", "3m", "2h", "4d".</summary>
public static class AgeText
{
    /// <summary>Quotes older than this are shown amber.</summary>
    public static readonly TimeSpan Aging = TimeSpan.FromSeconds(10);

    /// <summary>Quotes older than this are shown red.</summary>
    public static readonly TimeSpan Stale = TimeSpan.FromSeconds(60);

    public static string Format(TimeSpan age)
    {
        // Clock skew can make a value look younger than zero; it is simply new.
        var value = age < TimeSpan.Zero ? TimeSpan.Zero : age;
        return value switch
        {
            { TotalSeconds: < 10 } => string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(value.TotalSeconds * 10) / 10:0.0}s"),
            { TotalMinutes: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)value.TotalSeconds}s"),
            { TotalHours: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)value.TotalMinutes}m"),
            { TotalDays: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)value.TotalHours}h"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{(int)value.TotalDays}d"),
        };
    }

    /// <summary>CSS class for a quote's age: <c>age-live</c>, <c>age-aging</c> (amber) or <c>age-stale</c> (red).</summary>
    public static string QuoteClass(TimeSpan age) =>
        age > Stale ? "age-stale" : age > Aging ? "age-aging" : "age-live";
}

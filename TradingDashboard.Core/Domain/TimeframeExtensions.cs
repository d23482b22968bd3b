namespace TradingDashboard.Core.Domain;

/// <summary>Parsing and bar arithmetic for <see cref="Timeframe"/>.</summary>
public static class TimeframeExtensions
{
    public static bool TryParse(string? value, out Timeframe timeframe)
    {
        timeframe = default;
        return value is not null
            && value.Length is >= 2 and <= 3
            && char.IsAsciiLetterUpper(value[0])
            && Enum.TryParse(value, ignoreCase: false, out timeframe)
            && Enum.IsDefined(timeframe);
    }

    /// <summary>Fixed bar length; months have none (use <see cref="BarOpen"/>).</summary>
    public static TimeSpan? Length(this Timeframe timeframe) => timeframe switch
    {
        Timeframe.M1 => TimeSpan.FromMinutes(1),
        Timeframe.M5 => TimeSpan.FromMinutes(5),
        Timeframe.M15 => TimeSpan.FromMinutes(15),
        Timeframe.M30 => TimeSpan.FromMinutes(30),
        Timeframe.H1 => TimeSpan.FromHours(1),
        Timeframe.H4 => TimeSpan.FromHours(4),
        Timeframe.D1 => TimeSpan.FromDays(1),
        Timeframe.W1 => TimeSpan.FromDays(7),
        _ => null,
    };

    /// <summary>Open time of the bar containing <paramref name="time"/> (weeks start Monday, as in MT5).</summary>
    public static DateTimeOffset BarOpen(this Timeframe timeframe, DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        switch (timeframe)
        {
            case Timeframe.MN1:
                return new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero);
            case Timeframe.W1:
                var daysSinceMonday = ((int)utc.DayOfWeek + 6) % 7;
                return new DateTimeOffset(utc.Date, TimeSpan.Zero).AddDays(-daysSinceMonday);
            default:
                var ticks = timeframe.Length()!.Value.Ticks;
                return new DateTimeOffset(utc.Ticks - (utc.Ticks % ticks), TimeSpan.Zero);
        }
    }
}

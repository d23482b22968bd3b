namespace TradingDashboard.Core.Indicators;

/// <summary>
/// One bar as indicators read it. Indicator math runs in <see cref="double"/> (money stays
/// <see cref="decimal"/> everywhere else); <see cref="Time"/> identifies the bar: the same time
/// again revises the still-forming bar, a later time closes it and opens the next.
/// </summary>
public readonly record struct OhlcvBar(DateTimeOffset Time, double Open, double High, double Low, double Close, double Volume);

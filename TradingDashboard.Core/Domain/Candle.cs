namespace TradingDashboard.Core.Domain;

/// <summary>One OHLC bar; <see cref="Time"/> is the bar's open time (UTC).</summary>
public sealed record Candle(
    Guid AccountId,
    string Symbol,
    Timeframe Timeframe,
    DateTimeOffset Time,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close,
    long TickVolume,
    int Spread,
    long RealVolume,
    bool IsComplete);

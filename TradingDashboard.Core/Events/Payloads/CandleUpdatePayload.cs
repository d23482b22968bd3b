namespace TradingDashboard.Core.Events.Payloads;

/// <summary><c>candle.update</c>: MetaTrader5 <c>copy_rates</c> fields plus timeframe and completeness.</summary>
public sealed record CandleUpdatePayload(
    string Symbol,
    string Timeframe,
    long Time,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close,
    long TickVolume,
    int Spread,
    long RealVolume,
    bool? Complete);

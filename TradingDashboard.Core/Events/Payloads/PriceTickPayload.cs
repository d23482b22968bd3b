namespace TradingDashboard.Core.Events.Payloads;

/// <summary><c>price.tick</c>: MetaTrader5 <c>symbol_info_tick</c> fields.</summary>
public sealed record PriceTickPayload(
    string Symbol,
    decimal Bid,
    decimal Ask,
    decimal Last,
    decimal Volume,
    long Time,
    long TimeMsc,
    int Flags);

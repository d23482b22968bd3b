namespace TradingDashboard.Core.Events;

/// <summary>Wire names of the event types on <c>mt5.events</c>.</summary>
public static class EventTypes
{
    public const string PriceTick = "price.tick";
    public const string CandleUpdate = "candle.update";
    public const string PositionsSnapshot = "positions.snapshot";
    public const string AccountInfo = "account.info";
    public const string PositionClosed = "position.closed";

    public static IReadOnlyList<string> All { get; } =
        [PriceTick, CandleUpdate, PositionsSnapshot, AccountInfo, PositionClosed];
}

using Microsoft.Extensions.Logging;

namespace TradingDashboard.Core.Trading.Targets;

/// <summary>Log messages of the TP1/break-even monitor (event ids 5730-5749).</summary>
internal static partial class ProfitTargetLog
{
    [LoggerMessage(EventId = 5730, Level = LogLevel.Information, Message = "TP1 of trade {TradeId} (position {PositionTicket}) reached at {Price}; closing {Volume}")]
    public static partial void Reached(this ILogger logger, Guid tradeId, long positionTicket, decimal price, decimal volume);

    [LoggerMessage(EventId = 5731, Level = LogLevel.Warning, Message = "TP1 of trade {TradeId} reached, but {Fraction} of {OpenVolume} lots cannot be closed partially (remaining {RemainingVolume}); no partial close, stop to break-even only")]
    public static partial void PartialSkipped(this ILogger logger, Guid tradeId, decimal fraction, decimal openVolume, decimal remainingVolume);

    [LoggerMessage(EventId = 5732, Level = LogLevel.Information, Message = "TP1 step {Key} of trade {TradeId} is {Status}; asking again later with the same key")]
    public static partial void Waiting(this ILogger logger, Guid tradeId, string key, OrderStatus status);

    [LoggerMessage(EventId = 5733, Level = LogLevel.Error, Message = "TP1 step {Key} of trade {TradeId} ended {Status}: {Message}; it is not tried again")]
    public static partial void GaveUp(this ILogger logger, Guid tradeId, string key, OrderStatus status, string message);

    [LoggerMessage(EventId = 5734, Level = LogLevel.Information, Message = "Trade {TradeId}: stop moved to break-even {Price}")]
    public static partial void BreakEven(this ILogger logger, Guid tradeId, decimal price);

    [LoggerMessage(EventId = 5735, Level = LogLevel.Information, Message = "Trade {TradeId}: stop {StopLoss} already protects the entry {OpenPrice}; not moved")]
    public static partial void AlreadyProtected(this ILogger logger, Guid tradeId, decimal stopLoss, decimal openPrice);

    [LoggerMessage(EventId = 5736, Level = LogLevel.Warning, Message = "TP1 of trade {TradeId}: symbol {Symbol} is unknown at the broker; asking again later")]
    public static partial void SymbolUnknown(this ILogger logger, Guid tradeId, string symbol);

    [LoggerMessage(EventId = 5737, Level = LogLevel.Error, Message = "TP1 of trade {TradeId} failed; asking again later")]
    public static partial void Failed(this ILogger logger, Exception exception, Guid tradeId);

    [LoggerMessage(EventId = 5738, Level = LogLevel.Error, Message = "Refreshing the watched profit targets failed")]
    public static partial void RefreshFailed(this ILogger logger, Exception exception);
}

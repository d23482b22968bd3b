using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Resilience;

namespace TradingDashboard.Core.Trading.Sync;

/// <summary>Log messages of the trade sync (event ids 5700-5729).</summary>
internal static partial class TradeSyncLog
{
    [LoggerMessage(EventId = 5700, Level = LogLevel.Information, Message = "Trade sync of account {AccountId}: {Reconciled} reconciled, {Imported} imported, {Updated} updated, {Closed} closed")]
    public static partial void Synced(this ILogger logger, Guid accountId, int reconciled, int imported, int updated, int closed);

    [LoggerMessage(EventId = 5701, Level = LogLevel.Debug, Message = "Trade sync of account {AccountId} skipped: {Reason}")]
    public static partial void Skipped(this ILogger logger, Guid accountId, string reason);

    [LoggerMessage(EventId = 5702, Level = LogLevel.Error, Message = "Trade sync of account {AccountId} failed; the next round tries again")]
    public static partial void Failed(this ILogger logger, Exception exception, Guid accountId);

    [LoggerMessage(EventId = 5709, Level = LogLevel.Warning, Message = "Trade sync of account {AccountId} could not reach the broker ({Kind}: {Reason}); the next round tries again")]
    public static partial void BrokerFailed(this ILogger logger, Guid accountId, BrokerErrorKind kind, string reason);

    [LoggerMessage(EventId = 5703, Level = LogLevel.Information, Message = "Adopted position {PositionTicket} of account {AccountId} ({Symbol}) as trade {TradeId}, source {Source}")]
    public static partial void Imported(this ILogger logger, Guid accountId, long positionTicket, string symbol, Guid tradeId, TradeSource source);

    [LoggerMessage(EventId = 5704, Level = LogLevel.Information, Message = "Trade {TradeId} (position {PositionTicket}) drifted at the broker: volume {Volume}, SL {StopLoss}, TP {TakeProfit}")]
    public static partial void Drifted(this ILogger logger, Guid tradeId, long positionTicket, decimal volume, decimal? stopLoss, decimal? takeProfit);

    [LoggerMessage(EventId = 5705, Level = LogLevel.Information, Message = "Trade {TradeId} (position {PositionTicket}) is gone at the broker; closed from its deals ({CloseReason})")]
    public static partial void ClosedFromDeals(this ILogger logger, Guid tradeId, long positionTicket, CloseReason? closeReason);

    [LoggerMessage(EventId = 5706, Level = LogLevel.Warning, Message = "Trade {TradeId} (position {PositionTicket}) is gone at the broker but its deals do not show the close yet; kept open")]
    public static partial void VanishedWithoutDeals(this ILogger logger, Guid tradeId, long positionTicket);

    [LoggerMessage(EventId = 5707, Level = LogLevel.Debug, Message = "Position {PositionTicket} of account {AccountId} was adopted concurrently; left to the other writer")]
    public static partial void AdoptedElsewhere(this ILogger logger, Guid accountId, long positionTicket);

    [LoggerMessage(EventId = 5708, Level = LogLevel.Error, Message = "A trade sync round failed")]
    public static partial void RoundFailed(this ILogger logger, Exception exception);
}

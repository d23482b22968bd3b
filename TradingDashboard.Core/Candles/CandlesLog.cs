using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Candles;

/// <summary>Log messages of the candle series (event ids 4600-4699).</summary>
internal static partial class CandlesLog
{
    [LoggerMessage(EventId = 4600, Level = LogLevel.Information, Message = "Opened candle series {Symbol} {Timeframe} of account {AccountId} (login {Login}) with {Bars} bars of history")]
    public static partial void SeriesOpened(this ILogger logger, string symbol, Timeframe timeframe, Guid accountId, string login, int bars);

    [LoggerMessage(EventId = 4601, Level = LogLevel.Warning, Message = "Opening candle series {Symbol} {Timeframe} of account {AccountId} failed; its bridge subscriptions were released")]
    public static partial void SeriesOpenFailed(this ILogger logger, Exception exception, string symbol, Timeframe timeframe, Guid accountId);

    [LoggerMessage(EventId = 4602, Level = LogLevel.Information, Message = "Closed candle series {Symbol} {Timeframe} of account {AccountId}: the last viewer left")]
    public static partial void SeriesClosed(this ILogger logger, string symbol, Timeframe timeframe, Guid accountId);

    [LoggerMessage(EventId = 4603, Level = LogLevel.Warning, Message = "Releasing the bridge's {Kind} subscription for {Symbol} on login {Login} failed")]
    public static partial void ReleaseFailed(this ILogger logger, Exception exception, string kind, string symbol, string login);

    [LoggerMessage(EventId = 4604, Level = LogLevel.Error, Message = "The live feed of candle series {Symbol} {Timeframe} of account {AccountId} failed; the series stops updating")]
    public static partial void FeedFailed(this ILogger logger, Exception exception, string symbol, Timeframe timeframe, Guid accountId);

    [LoggerMessage(EventId = 4605, Level = LogLevel.Information, Message = "The bridge sends {Timeframe} bars for {Symbol} of account {AccountId}: aggregation from M1 stops")]
    public static partial void NativeBarsArrived(this ILogger logger, Timeframe timeframe, string symbol, Guid accountId);
}

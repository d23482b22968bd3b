namespace TradingDashboard.Components.Pages.Positions;

/// <summary>Logs of the Positions page and its dialogs.</summary>
internal static partial class PositionsLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading positions of account {AccountId} failed: {Kind}")]
    public static partial void ReadFailed(ILogger logger, Guid accountId, string kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading positions of account {AccountId} failed unexpectedly")]
    public static partial void ReadFault(ILogger logger, Exception exception, Guid accountId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Symbol {Symbol} of account {AccountId} could not be read; digits are inferred")]
    public static partial void SymbolUnavailable(ILogger logger, Exception exception, Guid accountId, string symbol);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lineage of the open positions of account {AccountId} could not be read")]
    public static partial void LineageUnavailable(ILogger logger, Exception exception, Guid accountId);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Action} on account {AccountId} failed with a fault (key {IdempotencyKey}); resubmitting the same dialog is safe")]
    public static partial void ActionFault(ILogger logger, Exception exception, string action, Guid accountId, string idempotencyKey);
}

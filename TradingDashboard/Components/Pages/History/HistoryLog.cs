namespace TradingDashboard.Components.Pages.History;

internal static partial class HistoryLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Loading the trade history failed")]
    public static partial void LoadFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Symbol {Symbol} of account {AccountId} could not be read; its digits are inferred")]
    public static partial void SymbolUnavailable(ILogger logger, Exception exception, Guid accountId, string symbol);

    [LoggerMessage(Level = LogLevel.Warning, Message = "User names for the history could not be read")]
    public static partial void NamesUnavailable(ILogger logger, Exception exception);
}

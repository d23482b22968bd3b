using Microsoft.Extensions.Logging;

namespace TradingDashboard.Core.Connectors.Paper;

/// <summary>Log messages of the paper connector (event ids 5320-5339).</summary>
internal static partial class PaperConnectorLog
{
    [LoggerMessage(EventId = 5320, Level = LogLevel.Information, Message = "Paper trading started for account {AccountId}: balance {Balance} {Currency}, leverage 1:{Leverage}")]
    public static partial void PaperStarted(this ILogger logger, Guid accountId, decimal balance, string currency, int leverage);

    [LoggerMessage(EventId = 5321, Level = LogLevel.Error, Message = "Paper account {AccountId}: executing stops and pending orders on a {Symbol} quote failed; the next quote goes on")]
    public static partial void QuoteFailed(this ILogger logger, Exception exception, Guid accountId, string symbol);
}

using Microsoft.Extensions.Logging;

namespace TradingDashboard.Core.Trading.Reconciliation;

/// <summary>Log messages of reconciliation (event ids 5570-5589).</summary>
internal static partial class ReconciliationLog
{
    [LoggerMessage(EventId = 5570, Level = LogLevel.Information, Message = "Reconciled order {OrderId} of account {AccountId} ({Kind}): {Status}")]
    public static partial void Reconciled(this ILogger logger, Guid accountId, Guid orderId, OrderKind kind, OrderStatus status);

    [LoggerMessage(EventId = 5571, Level = LogLevel.Warning, Message = "Automatic reconciliation of account {AccountId} failed; the periodic one will try again")]
    public static partial void FollowUpFailed(this ILogger logger, Exception exception, Guid accountId);

    [LoggerMessage(EventId = 5572, Level = LogLevel.Debug, Message = "Automatic reconciliation of account {AccountId} settled {Count} orders")]
    public static partial void FollowUpDone(this ILogger logger, Guid accountId, int count);
}

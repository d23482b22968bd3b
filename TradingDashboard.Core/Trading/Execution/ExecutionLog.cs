using Microsoft.Extensions.Logging;

namespace TradingDashboard.Core.Trading.Execution;

/// <summary>Log messages of the execution pipeline (event ids 5500-5549). Keys and broker texts only; never credentials.</summary>
internal static partial class ExecutionLog
{
    [LoggerMessage(EventId = 5500, Level = LogLevel.Information, Message = "Order {OrderId} of account {AccountId} ({Kind}) is {Status}, retcode {Retcode}")]
    public static partial void OrderStateChanged(this ILogger logger, Guid accountId, Guid orderId, OrderKind kind, OrderStatus status, int? retcode);

    [LoggerMessage(EventId = 5501, Level = LogLevel.Information, Message = "Refused {Kind} on account {AccountId} (key {IdempotencyKey}) before recording: {Reason}")]
    public static partial void OrderRefused(this ILogger logger, Guid accountId, OrderKind kind, string idempotencyKey, string reason);

    [LoggerMessage(EventId = 5502, Level = LogLevel.Information, Message = "Key {IdempotencyKey} already names order {OrderId} of account {AccountId}; nothing sent")]
    public static partial void DuplicateKey(this ILogger logger, Guid accountId, Guid orderId, string idempotencyKey);

    [LoggerMessage(EventId = 5503, Level = LogLevel.Warning, Message = "Order {OrderId} of account {AccountId} ({Kind}) got no usable answer; it is Unknown and will be reconciled, never resent")]
    public static partial void OutcomeUnknown(this ILogger logger, Exception exception, Guid accountId, Guid orderId, OrderKind kind);

    [LoggerMessage(EventId = 5504, Level = LogLevel.Warning, Message = "Order {OrderId} of account {AccountId} ({Kind}) was not sent: {Reason}")]
    public static partial void NotSent(this ILogger logger, Guid accountId, Guid orderId, OrderKind kind, string reason);

    [LoggerMessage(EventId = 5505, Level = LogLevel.Error, Message = "The result of order {OrderId} of account {AccountId} could not be saved; reconciliation will settle it from the broker")]
    public static partial void ResultNotSaved(this ILogger logger, Exception exception, Guid accountId, Guid orderId);

    [LoggerMessage(EventId = 5506, Level = LogLevel.Warning, Message = "Order {OrderId} of account {AccountId} was settled elsewhere while its answer arrived; the stored state stands")]
    public static partial void SettledElsewhere(this ILogger logger, Guid accountId, Guid orderId);

    [LoggerMessage(EventId = 5507, Level = LogLevel.Warning, Message = "Publishing the update of order {OrderId} of account {AccountId} ({Status}) failed")]
    public static partial void UpdateNotPublished(this ILogger logger, Exception exception, Guid accountId, Guid orderId, OrderStatus status);
}

using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>Log messages of the trade ticket and the trade toasts.</summary>
internal static partial class TradeTicketLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket sends {Side} {Volume} {Symbol} on account {AccountId} with key {IdempotencyKey}")]
    public static partial void Sending(ILogger logger, Guid accountId, string symbol, PositionSide side, decimal volume, string idempotencyKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket order with key {IdempotencyKey} on account {AccountId} ended {Status}")]
    public static partial void Sent(ILogger logger, Guid accountId, string idempotencyKey, OrderStatus status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ticket order with key {IdempotencyKey} on account {AccountId} failed; the key is kept so a retry is recognised as the same order")]
    public static partial void SendFailed(ILogger logger, Exception exception, Guid accountId, string idempotencyKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The ticket could not load {What} of {Symbol} on account {AccountId}")]
    public static partial void LoadFailed(ILogger logger, Exception exception, Guid accountId, string symbol, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trade toasts could not watch account {AccountId}: {Reason}")]
    public static partial void ToastsRefused(ILogger logger, Guid accountId, string reason);
}

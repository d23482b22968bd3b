using TradingDashboard.Core.Connectors;

namespace TradingDashboard.Core.Trading;

/// <summary>The result of one intent through the execution pipeline.</summary>
/// <param name="OrderId">The stored order row; null when <see cref="OrderStatus.Refused"/>.</param>
/// <param name="Code">The broker's normalized answer, when it gave one.</param>
/// <param name="Message">A sentence a trader can read.</param>
/// <param name="FieldErrors">Validation errors by intent property name (Volume, StopLoss, TakeProfit, Price, Symbol).</param>
/// <param name="Duplicate">True when the idempotency key was already used: this is the earlier order's state, nothing was sent.</param>
public sealed record OrderOutcome(
    Guid? OrderId,
    OrderStatus Status,
    TradeResultCode? Code,
    string Message,
    IReadOnlyDictionary<string, string> FieldErrors,
    long? PositionTicket = null,
    long? OrderTicket = null,
    decimal? Price = null,
    decimal? Volume = null,
    bool Duplicate = false)
{
    public bool IsSuccess => Status is OrderStatus.Done or OrderStatus.Placed;

    public static OrderOutcome Refuse(string message, IReadOnlyDictionary<string, string>? fieldErrors = null) =>
        new(null, OrderStatus.Refused, null, message, fieldErrors ?? new Dictionary<string, string>());
}

using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Trading.Execution;

/// <summary>
/// What an idempotency key stands for: the same key may only ever name the same intent. A
/// resubmission (same signature) gets the earlier order back; another intent under a used key is refused.
/// </summary>
internal sealed record IntentSignature(Guid AccountId, string Action, string? Symbol, PositionSide? Direction, OrderType? Type, long? Ticket)
{
    public static IntentSignature For(OpenOrderIntent intent)
    {
        ArgumentNullException.ThrowIfNull(intent);
        return new(intent.AccountId, "open", intent.Symbol?.Trim().ToUpperInvariant(), intent.Direction, intent.Type, null);
    }

    public static IntentSignature For(CloseIntent intent)
    {
        ArgumentNullException.ThrowIfNull(intent);
        return new(intent.AccountId, "close", null, null, null, intent.PositionTicket);
    }

    public static IntentSignature For(ModifyIntent intent)
    {
        ArgumentNullException.ThrowIfNull(intent);
        return new(intent.AccountId, "modify", null, null, null, intent.PositionTicket);
    }

    public static IntentSignature For(CancelIntent intent)
    {
        ArgumentNullException.ThrowIfNull(intent);
        return new(intent.AccountId, "cancel", null, null, null, intent.OrderTicket);
    }

    /// <summary>The signature of a stored order; a cancel row keeps its target in <see cref="TradeOrder.BrokerOrderTicket"/>.</summary>
    public static IntentSignature Of(TradeOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Kind switch
        {
            OrderKind.Open or OrderKind.PlacePending => new(order.AccountId, "open", order.Symbol.Trim().ToUpperInvariant(), order.Direction, order.OrderType, null),
            OrderKind.Close or OrderKind.PartialClose => new(order.AccountId, "close", null, null, null, order.PositionTicket),
            OrderKind.Modify => new(order.AccountId, "modify", null, null, null, order.PositionTicket),
            OrderKind.Cancel => new(order.AccountId, "cancel", null, null, null, order.BrokerOrderTicket),
            _ => throw new ArgumentException($"Unknown order kind {order.Kind}.", nameof(order)),
        };
    }

    public string Describe() => Action switch
    {
        "open" => $"{Direction} {Type} {Symbol} on account {AccountId:D}",
        "cancel" => $"cancel of order #{Ticket} on account {AccountId:D}",
        _ => $"{Action} of position #{Ticket} on account {AccountId:D}",
    };
}

using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Trading.Execution;

/// <summary>Outcomes from stored orders.</summary>
internal static class OrderOutcomes
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    public static OrderOutcome From(TradeOrder order, bool duplicate = false)
    {
        ArgumentNullException.ThrowIfNull(order);
        var message = order.Message ?? string.Empty;
        if (duplicate)
        {
            message = $"This order was already submitted (same idempotency key); nothing was sent again. {message}".TrimEnd();
        }

        return new OrderOutcome(
            order.Id, order.Status, order.ResultCode, message, NoErrors,
            order.PositionTicket, order.BrokerOrderTicket, order.FillPrice, order.FilledVolume, duplicate);
    }

    /// <summary>The earlier order for a resubmitted key, or a refusal when the key was used for another intent.</summary>
    public static OrderOutcome ForUsedKey(TradeOrder existing, IntentSignature intent)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(intent);
        var earlier = IntentSignature.Of(existing);
        return earlier == intent
            ? From(existing, duplicate: true)
            : OrderOutcome.Refuse($"The idempotency key '{existing.IdempotencyKey}' was already used for another order ({earlier.Describe()}); "
                + $"it cannot also name this one ({intent.Describe()}). Use a new key.");
    }
}

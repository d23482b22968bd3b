using System.Globalization;
using TradingDashboard.Core.Streaming.Updates;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>The outcome of a ticket's order as a title, a sentence and the broker's code.</summary>
/// <param name="Code">The broker's normalized answer ("NoMoney", "InvalidStops"), when it gave one.</param>
/// <param name="OrderId">The stored order, to follow its <c>TradeUpdate</c>s.</param>
public sealed record TicketResult(TicketResultKind Kind, string Title, string Detail, string? Code, Guid? OrderId)
{
    public const string VerifyingTitle = "Verifying with the broker…";

    /// <summary>The server's validation errors by intent property (<see cref="TicketFields"/>), shown next to the inputs.</summary>
    public IReadOnlyDictionary<string, string> FieldErrors { get; init; } = new Dictionary<string, string>();

    /// <summary>True when the order is final and the next submit is a new intent.</summary>
    public bool IsFinal => Kind is TicketResultKind.Filled or TicketResultKind.Placed or TicketResultKind.Rejected or TicketResultKind.NotExecuted;

    public static TicketResult From(OrderOutcome outcome, TicketEvaluation sent)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(sent);
        var code = outcome.Code?.ToString();
        var digits = sent.Symbol.Digits;
        var order = $"{TicketText.Order(sent.Side, sent.Type)} {TicketText.Lots(outcome.Volume ?? sent.Volume ?? 0m)} {sent.Symbol.Name}";
        var price = outcome.Price ?? sent.Entry;
        var at = price is { } p ? " at " + TicketText.Price(p, digits) : string.Empty;
        var again = outcome.Duplicate ? " This intent was already sent: nothing was sent again." : string.Empty;
        var result = outcome.Status switch
        {
            OrderStatus.Done => new(
                TicketResultKind.Filled,
                "Filled",
                $"{order}{at}{Ticket(" · position #", outcome.PositionTicket)}.{again}",
                code,
                outcome.OrderId),
            OrderStatus.Placed => new(
                TicketResultKind.Placed,
                "Order placed",
                $"{order}{at}{Ticket(" · order #", outcome.OrderTicket)} is waiting at the broker.{again}",
                code,
                outcome.OrderId),
            OrderStatus.Unknown or OrderStatus.Recorded => Verifying(order, outcome.OrderId),
            OrderStatus.Rejected => new(TicketResultKind.Rejected, "Rejected by the broker", outcome.Message + again, code, outcome.OrderId),
            OrderStatus.NotExecuted => NotExecuted(order, outcome.OrderId),
            _ => new(TicketResultKind.Refused, "Not sent", outcome.Message, code, outcome.OrderId),
        };
        return result with { FieldErrors = outcome.FieldErrors };
    }

    /// <summary>
    /// What a later update of the order this result is verifying says it became; null while this
    /// is not "verifying", the update is about another order, or the order is still unknown.
    /// </summary>
    /// <param name="digits">The symbol's digits, for the price.</param>
    public TicketResult? SettledBy(TradeUpdate update, int digits)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (Kind != TicketResultKind.Verifying || OrderId != update.OrderId || update.Status is OrderStatus.Unknown or OrderStatus.Recorded)
        {
            return null;
        }

        var order = $"{TicketText.Side(update.Direction)} {TicketText.Lots(update.Volume)} {update.Symbol}";
        var at = update.Price is { } p ? " at " + TicketText.Price(p, digits) : string.Empty;
        return update.Status switch
        {
            OrderStatus.Done => this with { Kind = TicketResultKind.Filled, Title = "Filled", Detail = $"{order}{at}{Ticket(" · position #", update.PositionTicket)}." },
            OrderStatus.Placed => this with { Kind = TicketResultKind.Placed, Title = "Order placed", Detail = $"{order}{at} is waiting at the broker." },
            OrderStatus.NotExecuted => NotExecuted(order, OrderId),
            _ => new(TicketResultKind.Rejected, "Rejected by the broker", update.Message, null, OrderId),
        };
    }

    public static TicketResult Verifying(string order, Guid? orderId) => new(
        TicketResultKind.Verifying,
        VerifyingTitle,
        $"{order}: the broker's answer did not arrive. The dashboard is checking the broker's positions and deals; the order is never sent again.",
        null,
        orderId);

    public static TicketResult NotExecuted(string order, Guid? orderId) => new(
        TicketResultKind.NotExecuted,
        "Not executed",
        $"{order}: the broker has no trace of it, so it was not executed. You may send a new order.",
        null,
        orderId);

    public static TicketResult Failed(string message) => new(
        TicketResultKind.Failed,
        "Could not confirm the order",
        $"{message} Check the open positions before sending again; a retry from this ticket is recognised as the same order.",
        null,
        null);

    private static string Ticket(string label, long? ticket) =>
        ticket is { } t ? label + t.ToString(CultureInfo.InvariantCulture) : string.Empty;
}

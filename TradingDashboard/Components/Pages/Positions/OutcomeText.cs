using Radzen;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Components.Pages.Positions;

/// <summary>What a trader reads after an action: one sentence per outcome, and its colour.</summary>
public static class OutcomeText
{
    /// <param name="action">What was asked, e.g. "Close #123 EURUSD".</param>
    /// <param name="digits">The symbol's digits, for the fill price.</param>
    public static string Describe(string action, OrderOutcome outcome, int digits)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var message = string.IsNullOrWhiteSpace(outcome.Message) ? null : outcome.Message.Trim();
        return outcome.Status switch
        {
            OrderStatus.Done => $"{action}: done{Fill(outcome, digits)}.",
            OrderStatus.Placed => $"{action}: placed{Fill(outcome, digits)}.",
            OrderStatus.Rejected => $"{action} was rejected by the broker" + Reason(message),
            OrderStatus.Refused => $"{action} was not sent" + Reason(message),
            OrderStatus.Unknown => $"{action}: the broker has not answered. Verifying against its positions and deals; it will not be sent again.",
            OrderStatus.NotExecuted => $"{action} was not executed by the broker" + Reason(message),
            _ => $"{action}: {outcome.Status}" + Reason(message),
        };
    }

    public static AlertStyle Style(OrderStatus status) => status switch
    {
        OrderStatus.Done or OrderStatus.Placed => AlertStyle.Success,
        OrderStatus.Unknown or OrderStatus.Recorded => AlertStyle.Warning,
        _ => AlertStyle.Danger,
    };

    private static string Reason(string? message) => message is null ? "." : $": {message.TrimEnd('.')}.";

    private static string Fill(OrderOutcome outcome, int digits) =>
        (outcome.Volume, outcome.Price) switch
        {
            ({ } volume, { } price) when price > 0m => $", {PriceText.Volume(volume)} lots at {PriceText.Format(price, digits)}",
            (null, { } price) when price > 0m => $" at {PriceText.Format(price, digits)}",
            _ => string.Empty,
        };
}

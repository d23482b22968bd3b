using TradingDashboard.Components.Pages.Positions;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Components.Pages.History;

/// <summary>How the history names order kinds, close reasons and statuses.</summary>
public static class HistoryText
{
    public static string Kind(OrderKind kind) => kind switch
    {
        OrderKind.Open => "Open",
        OrderKind.PlacePending => "Pending order",
        OrderKind.Close => "Close",
        OrderKind.PartialClose => "Partial close",
        OrderKind.Modify => "Modify SL/TP",
        OrderKind.Cancel => "Cancel order",
        _ => kind.ToString(),
    };

    public static string Reason(CloseReason? reason) => reason switch
    {
        null => PriceText.None,
        CloseReason.Manual => "Manual",
        CloseReason.PartialClose => "Partial close",
        CloseReason.CloseAll => "Close all",
        CloseReason.ProfitTarget1 => "TP1, stop to break-even",
        CloseReason.StopLoss => "Stop loss",
        CloseReason.TakeProfit => "Take profit",
        CloseReason.StopOut => "Stop out",
        CloseReason.Bot => "Bot",
        CloseReason.External => "Outside the dashboard",
        _ => reason.Value.ToString(),
    };

    public static string Status(OrderStatus status) => status switch
    {
        OrderStatus.Done => "done",
        OrderStatus.Placed => "placed",
        OrderStatus.Rejected => "rejected",
        OrderStatus.Unknown => "verifying",
        OrderStatus.NotExecuted => "not executed",
        OrderStatus.Recorded => "sending",
        OrderStatus.Refused => "refused",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>Who asked: "you", "system", a name an admin can see, or "another user".</summary>
    public static string Who(string requestedBy, string currentUserId, IReadOnlyDictionary<string, string> names) =>
        requestedBy == currentUserId ? "you"
        : requestedBy == "system" ? "system"
        : names.TryGetValue(requestedBy, out var name) ? name
        : "another user";
}

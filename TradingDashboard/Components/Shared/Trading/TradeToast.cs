using System.Globalization;
using Radzen;
using TradingDashboard.Core.Streaming.Updates;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>A notification about an order or a closed position: what happened, to what, on which account.</summary>
public sealed record TradeToast(NotificationSeverity Severity, string Summary, string Detail)
{
    /// <summary>How long a toast stays: failures and "verifying" longer, since they need attention.</summary>
    public TimeSpan Duration => Severity switch
    {
        NotificationSeverity.Error => TimeSpan.FromSeconds(12),
        NotificationSeverity.Warning => TimeSpan.FromSeconds(10),
        _ => TimeSpan.FromSeconds(6),
    };

    /// <returns>Null for states nobody needs to be told about (recorded, about to be sent).</returns>
    public static TradeToast? For(TradeUpdate update, string accountName)
    {
        ArgumentNullException.ThrowIfNull(update);
        var what = Describe(update);
        var where = Where(update.PositionTicket, accountName, update.Source);
        return update.Status switch
        {
            OrderStatus.Done => new(NotificationSeverity.Success, DoneSummary(update.Kind), $"{what}{where}"),
            OrderStatus.Placed => new(NotificationSeverity.Success, "Order placed", $"{what}{where}"),
            OrderStatus.Rejected => new(NotificationSeverity.Error, $"{KindText(update.Kind)} rejected", $"{what}{where}. {update.Message}"),
            OrderStatus.Unknown => new(NotificationSeverity.Warning, TicketResult.VerifyingTitle, $"{what}{where}: no answer from the broker yet. Checking its records; never sent again."),
            OrderStatus.NotExecuted => new(NotificationSeverity.Error, "Not executed", $"{what}{where}: the broker never executed it. {update.Message}"),
            _ => null,
        };
    }

    public static TradeToast For(PositionClosedUpdate update, string accountName, string currency)
    {
        ArgumentNullException.ThrowIfNull(update);
        var severity = update.NetProfit switch
        {
            > 0m => NotificationSeverity.Success,
            < 0m => NotificationSeverity.Warning,
            _ => NotificationSeverity.Info,
        };
        return new(
            severity,
            $"Position closed · {MoneyText.FormatSigned(update.NetProfit, currency)}",
            $"{update.Symbol} {TicketText.Lots(update.Volume)} lots{Where(update.PositionId, accountName, TradeSource.Manual)} · net P/L {MoneyText.FormatSigned(update.NetProfit, currency)}");
    }

    private static string Describe(TradeUpdate update)
    {
        var order = $"{TicketText.Side(update.Direction)} {TicketText.Lots(update.Volume)} {update.Symbol}";
        // Updates carry no digits: at least two decimals, no trailing noise.
        var price = update.Price is { } p ? " at " + p.ToString("0.00######", CultureInfo.InvariantCulture) : string.Empty;
        return update.Kind switch
        {
            OrderKind.Open or OrderKind.PlacePending => order + price,
            OrderKind.Close or OrderKind.PartialClose => $"{KindText(update.Kind)} {order}{price}",
            _ => update.Symbol,
        };
    }

    private static string DoneSummary(OrderKind kind) => kind switch
    {
        OrderKind.Open => "Filled",
        OrderKind.PlacePending => "Order placed",
        OrderKind.Close => "Close executed",
        OrderKind.PartialClose => "Partial close executed",
        OrderKind.Modify => "SL/TP changed",
        OrderKind.Cancel => "Order cancelled",
        _ => "Done",
    };

    private static string KindText(OrderKind kind) => kind switch
    {
        OrderKind.Open => "Order",
        OrderKind.PlacePending => "Pending order",
        OrderKind.Close => "Close",
        OrderKind.PartialClose => "Partial close",
        OrderKind.Modify => "SL/TP change",
        OrderKind.Cancel => "Cancel",
        _ => "Order",
    };

    private static string Where(long? ticket, string accountName, TradeSource source)
    {
        var position = ticket is { } t ? string.Create(CultureInfo.InvariantCulture, $" · #{t}") : string.Empty;
        var by = source == TradeSource.Manual ? string.Empty : $" · {source}";
        return $"{position} · {accountName}{by}";
    }
}

using Microsoft.AspNetCore.Components;
using Radzen;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Components.Pages.Positions;

/// <summary>The page's actions: each opens its dialog (which sends the intent) and reports the outcome.</summary>
public sealed partial class PositionsPage
{
    private async Task CloseAsync(PositionLine line) =>
        await RunDialogAsync<ClosePositionDialog>(
            line.Ticket,
            $"Close #{line.Ticket}",
            new Dictionary<string, object?>
            {
                [nameof(ClosePositionDialog.Line)] = line,
                [nameof(ClosePositionDialog.Digits)] = _book!.Digits(line.Symbol),
                [nameof(ClosePositionDialog.Currency)] = _book.Currency,
            },
            $"Close #{line.Ticket} {line.Symbol}",
            line.Symbol);

    private async Task PartialCloseAsync(PositionLine line) =>
        await RunDialogAsync<PartialCloseDialog>(
            line.Ticket,
            $"Partial close #{line.Ticket}",
            new Dictionary<string, object?>
            {
                [nameof(PartialCloseDialog.Line)] = line,
                [nameof(PartialCloseDialog.Symbol)] = _book!.Symbol(line.Symbol),
            },
            $"Partial close #{line.Ticket} {line.Symbol}",
            line.Symbol);

    private async Task ModifyAsync(PositionLine line) =>
        await RunDialogAsync<ModifyStopsDialog>(
            line.Ticket,
            $"Modify SL/TP #{line.Ticket}",
            new Dictionary<string, object?>
            {
                [nameof(ModifyStopsDialog.Line)] = line,
                [nameof(ModifyStopsDialog.Symbol)] = _book!.Symbol(line.Symbol),
                [nameof(ModifyStopsDialog.Digits)] = _book.Digits(line.Symbol),
            },
            $"Modify #{line.Ticket} {line.Symbol}",
            line.Symbol);

    private async Task CancelOrderAsync(BrokerPendingOrder order) =>
        await RunDialogAsync<CancelOrderDialog>(
            order.Ticket,
            $"Delete order #{order.Ticket}",
            new Dictionary<string, object?>
            {
                [nameof(CancelOrderDialog.Order)] = order,
                [nameof(CancelOrderDialog.Digits)] = _book!.Digits(order.Symbol),
            },
            $"Delete order #{order.Ticket} {order.Symbol}",
            order.Symbol,
            orderTicket: order.Ticket);

    private async Task RunDialogAsync<TDialog>(long ticket, string title, Dictionary<string, object?> parameters, string action, string symbol, long? orderTicket = null)
        where TDialog : ComponentBase
    {
        if (_book is not { } book || _user is null || !_busyTickets.Add(ticket))
        {
            return;
        }

        try
        {
            parameters[nameof(TradeDialogBase.User)] = _user;
            parameters[nameof(TradeDialogBase.AccountId)] = book.AccountId;
            var result = await Dialogs.OpenAsync<TDialog>(title, parameters, DialogOptions());
            if (result is OrderOutcome outcome && ReferenceEquals(book, _book))
            {
                Report(book, action, outcome, book.Digits(symbol), orderTicket is null ? ticket : null, orderTicket);
            }
        }
        finally
        {
            _busyTickets.Remove(ticket);
        }
    }

    private async Task CloseAllAsync()
    {
        if (_book is not { } book || _user is null || Selected is not { } account || book.Lines.Count == 0 || _closingAll)
        {
            return;
        }

        _closingAll = true;
        try
        {
            var result = await Dialogs.OpenAsync<CloseAllDialog>(
                "Close all positions",
                new Dictionary<string, object?>
                {
                    [nameof(TradeDialogBase.User)] = _user,
                    [nameof(TradeDialogBase.AccountId)] = book.AccountId,
                    [nameof(CloseAllDialog.Lines)] = book.Lines.ToList(),
                    [nameof(CloseAllDialog.AccountName)] = account.DisplayName,
                    [nameof(CloseAllDialog.Currency)] = book.Currency,
                },
                DialogOptions());
            if (result is IReadOnlyList<OrderOutcome> outcomes && ReferenceEquals(book, _book))
            {
                ReportAll(book, outcomes);
            }
        }
        finally
        {
            _closingAll = false;
        }
    }

    private void Report(PositionsBook book, string action, OrderOutcome outcome, int digits, long? positionTicket, long? orderTicket)
    {
        _outcome = (OutcomeText.Describe(action, outcome, digits), OutcomeText.Style(outcome.Status), outcome.Status);
        if (outcome.Status == OrderStatus.Unknown && outcome.OrderId is { } orderId)
        {
            book.MarkVerifying(orderId, outcome.PositionTicket ?? positionTicket, outcome.OrderTicket ?? orderTicket);
        }

        _ = RefreshAsync();
    }

    private void ReportAll(PositionsBook book, IReadOnlyList<OrderOutcome> outcomes)
    {
        foreach (var outcome in outcomes.Where(o => o.Status == OrderStatus.Unknown && o.OrderId is not null))
        {
            book.MarkVerifying(outcome.OrderId!.Value, outcome.PositionTicket, null);
        }

        var done = outcomes.Count(o => o.IsSuccess);
        var failed = outcomes.Where(o => !o.IsSuccess).ToList();
        if (outcomes.Count == 0)
        {
            _outcome = ("Close all: there were no open positions to close.", AlertStyle.Info, OrderStatus.Done);
        }
        else if (failed.Count == 0)
        {
            _outcome = ($"Close all: {done} position{(done == 1 ? "" : "s")} closed.", AlertStyle.Success, OrderStatus.Done);
        }
        else
        {
            var first = failed[0];
            var worst = failed.Any(o => o.Status != OrderStatus.Unknown) ? failed.First(o => o.Status != OrderStatus.Unknown).Status : OrderStatus.Unknown;
            // A failed outcome carries no fill price, so the digits are never used.
            var detail = OutcomeText.Describe(first.PositionTicket is { } t ? $"#{t}" : "A position", first, digits: 0);
            _outcome = ($"Close all: {done} of {outcomes.Count} closed. {detail}", OutcomeText.Style(worst), worst);
        }

        _ = RefreshAsync();
    }

    private static DialogOptions DialogOptions() => new()
    {
        Width = "30rem",
        CloseDialogOnEsc = false,
        CloseDialogOnOverlayClick = false,
        ShowClose = false,
    };
}

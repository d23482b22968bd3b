using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading.Gateway;
using TradingDashboard.Core.Trading.Risk;

namespace TradingDashboard.Core.Trading.Execution;

/// <summary>
/// Validate → risk for each kind of intent, against the broker's current state (read through the
/// account's read pipeline). Read faults propagate as <see cref="Resilience.BrokerException"/>:
/// the intent is then refused, since nothing was recorded or sent. Risk rules apply to what adds
/// risk only: closes, partial closes, cancels and tightened stops always pass.
/// </summary>
internal sealed class OrderPreparer(BrokerGateway broker, SymbolCache symbols, RiskAssessor risk)
{
    public async Task<PreparedOrder> OpenAsync(Account account, OpenOrderIntent intent, CancellationToken cancellationToken)
    {
        var kind = intent.Type == OrderType.Market ? OrderKind.Open : OrderKind.PlacePending;
        if (kind == OrderKind.PlacePending && !broker.Connector(account).Capabilities.PendingOrders)
        {
            return PreparedOrder.Refuse("This account's broker connection does not take limit or stop orders.");
        }

        var symbol = await SymbolAsync(account, intent.Symbol, cancellationToken).ConfigureAwait(false);
        if (symbol is null)
        {
            return PreparedOrder.Refuse(
                $"The broker has no symbol '{intent.Symbol}'.",
                new Dictionary<string, string> { [nameof(OpenOrderIntent.Symbol)] = $"The broker has no symbol '{intent.Symbol}'." });
        }

        var quote = await QuoteAsync(account, symbol, cancellationToken).ConfigureAwait(false);
        if (quote is null)
        {
            return PreparedOrder.Refuse($"There is no price for {symbol.Name} right now.");
        }

        var check = OrderValidator.ValidateOpen(intent, symbol, quote);
        if (!check.IsValid)
        {
            return PreparedOrder.Refuse(check.Summary, check.Errors);
        }

        if (await risk.AssessOpenAsync(account, intent, check, symbol, quote, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            return PreparedOrder.Refuse(refusal);
        }

        var order = OrderDraft.New(account.Id, intent.IdempotencyKey, kind, intent.Lineage, symbol.Name, intent.Direction, intent.Type, check.Volume);
        order.Price = check.Price;
        order.StopLoss = check.StopLoss;
        order.TakeProfit = check.TakeProfit;
        order.Magic = intent.Magic;
        var request = new BrokerOrderRequest(symbol.Name, intent.Direction, intent.Type, check.Volume, check.Price, check.StopLoss, check.TakeProfit, order.ClientTag, intent.Magic);
        return PreparedOrder.Ready(order, (connector, token) => connector.PlaceOrderAsync(request, token));
    }

    public async Task<PreparedOrder> CloseAsync(Account account, CloseIntent intent, CancellationToken cancellationToken)
    {
        var position = await PositionAsync(account, intent.PositionTicket, cancellationToken).ConfigureAwait(false);
        if (position is null)
        {
            return PreparedOrder.Refuse($"Position #{intent.PositionTicket} is not open.");
        }

        var symbol = await SymbolAsync(account, position.Symbol, cancellationToken).ConfigureAwait(false);
        if (symbol is null)
        {
            return PreparedOrder.Refuse($"The broker no longer lists {position.Symbol}, the symbol of position #{position.Ticket}.");
        }

        var check = OrderValidator.ValidateClose(intent.Volume, position, symbol);
        if (!check.IsValid)
        {
            return PreparedOrder.Refuse(check.Summary, check.Errors);
        }

        var whole = check.Volume >= position.Volume;
        if (!whole && !broker.Connector(account).Capabilities.PartialClose)
        {
            return PreparedOrder.Refuse("This account's broker connection cannot close part of a position.");
        }

        var kind = whole ? OrderKind.Close : OrderKind.PartialClose;
        var order = OrderDraft.New(account.Id, intent.IdempotencyKey, kind, intent.Lineage, position.Symbol, position.Direction, OrderType.Market, check.Volume);
        order.PositionTicket = position.Ticket;
        order.CloseReason = intent.Reason;
        order.Magic = position.Magic;
        var request = new BrokerCloseRequest(position.Ticket, whole ? null : check.Volume, order.ClientTag, position.Magic);
        return PreparedOrder.Ready(order, (connector, token) => connector.ClosePositionAsync(request, token));
    }

    public async Task<PreparedOrder> ModifyAsync(Account account, ModifyIntent intent, CancellationToken cancellationToken)
    {
        var position = await PositionAsync(account, intent.PositionTicket, cancellationToken).ConfigureAwait(false);
        if (position is null)
        {
            return PreparedOrder.Refuse($"Position #{intent.PositionTicket} is not open.");
        }

        var symbol = await SymbolAsync(account, position.Symbol, cancellationToken).ConfigureAwait(false);
        var quote = symbol is null ? null : await QuoteAsync(account, symbol, cancellationToken).ConfigureAwait(false);
        if (symbol is null || quote is null)
        {
            return PreparedOrder.Refuse($"There is no price for {position.Symbol} right now to check the new levels against.");
        }

        var check = OrderValidator.ValidateModify(intent, position, symbol, quote);
        if (!check.IsValid)
        {
            return PreparedOrder.Refuse(check.Summary, check.Errors);
        }

        if (await risk.AssessStopChangeAsync(account, position, check.StopLoss, symbol, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            return PreparedOrder.Refuse(refusal);
        }

        var order = OrderDraft.New(account.Id, intent.IdempotencyKey, OrderKind.Modify, intent.Lineage, position.Symbol, position.Direction, OrderType.Market, position.Volume);
        order.PositionTicket = position.Ticket;
        order.StopLoss = check.StopLoss;
        order.TakeProfit = check.TakeProfit;
        order.Magic = position.Magic;
        var request = new BrokerModifyRequest(position.Ticket, check.StopLoss, check.TakeProfit);
        return PreparedOrder.Ready(order, (connector, token) => connector.ModifyPositionAsync(request, token));
    }

    public async Task<PreparedOrder> CancelAsync(Account account, CancelIntent intent, CancellationToken cancellationToken)
    {
        var orders = await broker.ReadAsync(account, (c, t) => c.GetPendingOrdersAsync(t), cancellationToken).ConfigureAwait(false);
        var pending = orders.FirstOrDefault(o => o.Ticket == intent.OrderTicket);
        if (pending is null)
        {
            return PreparedOrder.Refuse($"Pending order #{intent.OrderTicket} is not open.");
        }

        var order = OrderDraft.New(account.Id, intent.IdempotencyKey, OrderKind.Cancel, intent.Lineage, pending.Symbol, pending.Direction, pending.Type, pending.Volume);
        order.Price = pending.Price;
        order.StopLoss = pending.StopLoss;
        order.TakeProfit = pending.TakeProfit;
        order.BrokerOrderTicket = pending.Ticket;
        order.Magic = pending.Magic;
        var request = new BrokerCancelRequest(pending.Ticket);
        return PreparedOrder.Ready(order, (connector, token) => connector.CancelOrderAsync(request, token));
    }

    public Task<SymbolInfo?> SymbolAsync(Account account, string symbol, CancellationToken cancellationToken) =>
        symbols.GetAsync(account.Id, symbol, token => broker.ReadAsync(account, (c, t) => c.GetSymbolAsync(symbol, t), token), cancellationToken);

    private Task<BrokerQuote?> QuoteAsync(Account account, SymbolInfo symbol, CancellationToken cancellationToken) =>
        broker.ReadAsync(account, (c, t) => c.GetQuoteAsync(symbol.Name, t), cancellationToken);

    private async Task<BrokerPosition?> PositionAsync(Account account, long ticket, CancellationToken cancellationToken)
    {
        var positions = await broker.ReadAsync(account, (c, t) => c.GetPositionsAsync(t), cancellationToken).ConfigureAwait(false);
        return positions.FirstOrDefault(p => p.Ticket == ticket);
    }
}

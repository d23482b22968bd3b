using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Simulation.Accounts;

namespace TradingDashboard.Core.Simulation.Bridge.Trading;

// The four trade requests. Like MT5, the bridge never deduplicates: the client must not resend.
public sealed partial class SimulatedTrading
{
    /// <summary>
    /// A market order fills after <see cref="SimulatorTradingOptions.FillDelayMs"/> at the then
    /// current ask (buy) or bid (sell); a pending order is placed at once. Once received, a request
    /// executes even if the client goes away.
    /// </summary>
    public async Task<BridgeOutcome<BridgeTradeResult>> PlaceOrderAsync(string login, BridgeOrderRequest? request)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.Symbol))
        {
            return BridgeOutcomes.Invalid<BridgeTradeResult>("symbol is required.");
        }

        if (request.Type is not { } type || BridgeRecords.FromWire(type) is not { } kind)
        {
            return BridgeOutcomes.Invalid<BridgeTradeResult>("type is required: 0 buy, 1 sell, 2 buy limit, 3 sell limit, 4 buy stop, 5 sell stop.");
        }

        if (request.Volume is not { } volume)
        {
            return BridgeOutcomes.Invalid<BridgeTradeResult>("volume is required.");
        }

        if (request.Comment is null)
        {
            return BridgeOutcomes.Invalid<BridgeTradeResult>("comment (the client's order tag, at most 31 characters) is required.");
        }

        if (_runtime.Broker.FindByKey(login) is not { } account)
        {
            return NotFound<BridgeTradeResult>(login);
        }

        var spec = _runtime.Market.FindSymbol(request.Symbol.Trim());
        if (Disconnected(account) is { } offline)
        {
            return BridgeOutcomes.Ok(Answer(offline, spec?.Name));
        }

        if (spec is not null && kind.Type == OrderType.Market)
        {
            await DelayFillAsync().ConfigureAwait(false);
        }

        var order = new BrokerOrderRequest(
            spec?.Name ?? request.Symbol.Trim(), kind.Direction, kind.Type, volume, request.Price is null or 0m ? null : request.Price,
            request.Sl, request.Tp, request.Comment, request.Magic ?? 0, request.Deviation ?? 20);
        var symbol = spec is null ? null : SimulatorSymbols.Describe(spec, account.Currency, _runtime.Market.Quotes);
        return BridgeOutcomes.Ok(Answer(account.Book.Place(order, symbol), spec?.Name));
    }

    /// <summary>Closes the position in full, or <see cref="BridgeCloseRequest.Volume"/> of it, after the fill delay.</summary>
    public async Task<BridgeOutcome<BridgeTradeResult>> ClosePositionAsync(string login, string ticket, BridgeCloseRequest? request)
    {
        if (!TryTicket(ticket, out var positionTicket))
        {
            return BridgeOutcomes.Invalid<BridgeTradeResult>($"ticket must be a positive whole number, not '{ticket}'.");
        }

        if (request?.Comment is null)
        {
            return BridgeOutcomes.Invalid<BridgeTradeResult>("comment (the closing order's tag, at most 31 characters) is required.");
        }

        if (_runtime.Broker.FindByKey(login) is not { } account)
        {
            return NotFound<BridgeTradeResult>(login);
        }

        var symbol = account.Book.PositionSymbol(positionTicket);
        if (Disconnected(account) is { } offline)
        {
            return BridgeOutcomes.Ok(Answer(offline, symbol));
        }

        if (symbol is not null)
        {
            await DelayFillAsync().ConfigureAwait(false);
        }

        var close = new BrokerCloseRequest(positionTicket, request.Volume, request.Comment, request.Magic ?? 0, request.Deviation ?? 20);
        return BridgeOutcomes.Ok(Answer(account.Book.Close(close), symbol));
    }

    public BridgeOutcome<BridgeTradeResult> ModifyPosition(string login, string ticket, BridgeModifyRequest? request)
    {
        if (!TryTicket(ticket, out var positionTicket))
        {
            return BridgeOutcomes.Invalid<BridgeTradeResult>($"ticket must be a positive whole number, not '{ticket}'.");
        }

        if (request?.Sl is not { } stopLoss || request.Tp is not { } takeProfit)
        {
            return BridgeOutcomes.Invalid<BridgeTradeResult>("sl and tp are both required (0 removes a level).");
        }

        if (_runtime.Broker.FindByKey(login) is not { } account)
        {
            return NotFound<BridgeTradeResult>(login);
        }

        var symbol = account.Book.PositionSymbol(positionTicket);
        var result = Disconnected(account) ?? account.Book.Modify(new BrokerModifyRequest(positionTicket, stopLoss, takeProfit));
        return BridgeOutcomes.Ok(Answer(result, symbol));
    }

    public BridgeOutcome<BridgeTradeResult> CancelOrder(string login, string ticket)
    {
        if (!TryTicket(ticket, out var orderTicket))
        {
            return BridgeOutcomes.Invalid<BridgeTradeResult>($"ticket must be a positive whole number, not '{ticket}'.");
        }

        if (_runtime.Broker.FindByKey(login) is not { } account)
        {
            return NotFound<BridgeTradeResult>(login);
        }

        var symbol = account.Book.PendingOrders().FirstOrDefault(o => o.Ticket == orderTicket)?.Symbol;
        var result = Disconnected(account) ?? account.Book.Cancel(new BrokerCancelRequest(orderTicket));
        return BridgeOutcomes.Ok(Answer(result, symbol));
    }

    // Not cancellable: a request the server has received executes whether or not the client still waits.
    private Task DelayFillAsync() =>
        _fillDelay > TimeSpan.Zero ? Task.Delay(_fillDelay, _time, CancellationToken.None) : Task.CompletedTask;
}

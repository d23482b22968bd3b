using System.Globalization;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Simulation.Trading;

// The four trade requests. The book never deduplicates: a request sent twice executes twice, as in MT5.
internal sealed partial class TradingBook
{
    /// <summary>A market order (filled now at ask/bid) or a pending limit/stop order.</summary>
    /// <param name="symbol">The broker's specification of <see cref="BrokerOrderRequest.Symbol"/>; null when it has none (10013).</param>
    public BrokerTradeResult Place(BrokerOrderRequest request, SymbolInfo? symbol)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (TradeValidation.Comment(request.ClientTag) is { } badComment)
        {
            return badComment;
        }

        if (symbol is null)
        {
            return TradeResults.Refuse(Mt5Retcodes.Invalid, $"Unknown symbol '{request.Symbol}'.");
        }

        if (!Enum.IsDefined(request.Direction) || !Enum.IsDefined(request.Type))
        {
            return TradeResults.Refuse(Mt5Retcodes.Invalid, "Unknown order direction or type.");
        }

        if (IsClosed(symbol.Name))
        {
            return MarketClosed(symbol.Name);
        }

        if (TradeValidation.Volume(symbol, request.Volume) is { } badVolume)
        {
            return badVolume;
        }

        lock (_gate)
        {
            if (_market.Quote(symbol.Name) is not { } quote)
            {
                return NoQuote(symbol.Name);
            }

            return request.Type == OrderType.Market ? PlaceMarket(request, symbol, quote) : PlacePending(request, symbol, quote);
        }
    }

    /// <summary>Closes a position in full (<see cref="BrokerCloseRequest.Volume"/> null or 0) or in part; the ticket stays the same.</summary>
    public BrokerTradeResult Close(BrokerCloseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (TradeValidation.Comment(request.ClientTag) is { } badComment)
        {
            return badComment;
        }

        lock (_gate)
        {
            if (FindPosition(request.PositionTicket) is not { } position)
            {
                return PositionGone(request.PositionTicket);
            }

            if (IsClosed(position.Symbol.Name))
            {
                return MarketClosed(position.Symbol.Name);
            }

            var volume = request.Volume is null or 0m ? position.Volume : request.Volume.Value;
            if (TradeValidation.CloseVolume(position.Symbol, volume, position.Volume) is { } badVolume)
            {
                return badVolume;
            }

            if (_market.Quote(position.Symbol.Name) is not { } quote)
            {
                return NoQuote(position.Symbol.Name);
            }

            var price = PositionValuation.ClosePrice(position.Side, quote);
            var orderTicket = _tickets.NextOrder();
            var deal = CloseLocked(position, volume, price, orderTicket, ReasonOf(request.Magic), request.Magic, request.ClientTag);
            return TradeResults.Done(orderTicket, deal.Ticket, position.Ticket, volume, price);
        }
    }

    /// <summary>Sets both levels of a position (null or 0 removes one), checked against its closing price.</summary>
    public BrokerTradeResult Modify(BrokerModifyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            if (FindPosition(request.PositionTicket) is not { } position)
            {
                return PositionGone(request.PositionTicket);
            }

            var (stopLoss, takeProfit) = (Level(request.StopLoss), Level(request.TakeProfit));
            if (stopLoss == position.StopLoss && takeProfit == position.TakeProfit)
            {
                return TradeResults.Refuse(Mt5Retcodes.NoChanges, "No changes: the position already has these stops.");
            }

            if (IsClosed(position.Symbol.Name))
            {
                return MarketClosed(position.Symbol.Name);
            }

            if (_market.Quote(position.Symbol.Name) is not { } quote)
            {
                return NoQuote(position.Symbol.Name);
            }

            var reference = PositionValuation.ClosePrice(position.Side, quote);
            if (TradeValidation.Stops(position.Symbol, position.Side, reference, stopLoss, takeProfit) is { } badStops)
            {
                return badStops;
            }

            position.StopLoss = stopLoss;
            position.TakeProfit = takeProfit;
            _changed = true;
            return TradeResults.Modified(position.Ticket);
        }
    }

    /// <summary>Deletes a pending order; an unknown ticket is 10013, as MT5 answers.</summary>
    public BrokerTradeResult Cancel(BrokerCancelRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            var index = _orders.FindIndex(o => o.Ticket == request.OrderTicket);
            if (index < 0)
            {
                return TradeResults.Refuse(Mt5Retcodes.Invalid, string.Create(CultureInfo.InvariantCulture, $"Pending order {request.OrderTicket} does not exist."));
            }

            _orders.RemoveAt(index);
            _changed = true;
            return TradeResults.Cancelled(request.OrderTicket);
        }
    }

    private BrokerTradeResult PlaceMarket(BrokerOrderRequest request, SymbolInfo symbol, BrokerQuote quote)
    {
        var (stopLoss, takeProfit) = (Level(request.StopLoss), Level(request.TakeProfit));
        var reference = PositionValuation.ClosePrice(request.Direction, quote);
        if (TradeValidation.Stops(symbol, request.Direction, reference, stopLoss, takeProfit) is { } badStops)
        {
            return badStops;
        }

        var order = new Execution(symbol, request.Direction, request.Volume, stopLoss, takeProfit, request.Magic, request.ClientTag, 0, ReasonOf(request.Magic));
        if (CheckMargin(order, quote) is { } noMoney)
        {
            return noMoney;
        }

        return Fill(order with { OrderTicket = _tickets.NextOrder() }, quote);
    }

    private BrokerTradeResult PlacePending(BrokerOrderRequest request, SymbolInfo symbol, BrokerQuote quote)
    {
        if (TradeValidation.PendingPrice(symbol, request.Direction, request.Type, request.Price, quote) is { } badPrice)
        {
            return badPrice;
        }

        var price = request.Price!.Value;
        var (stopLoss, takeProfit) = (Level(request.StopLoss), Level(request.TakeProfit));
        if (TradeValidation.Stops(symbol, request.Direction, price, stopLoss, takeProfit) is { } badStops)
        {
            return badStops;
        }

        var order = new BookOrder(
            _tickets.NextOrder(), symbol, request.Direction, request.Type, request.Volume, price, stopLoss, takeProfit,
            request.Magic, request.ClientTag, _time.GetUtcNow());
        _orders.Add(order);
        _changed = true;
        return TradeResults.Placed(order.Ticket, order.Volume, order.Price);
    }

    private static BrokerTradeResult MarketClosed(string symbol) => TradeResults.Refuse(Mt5Retcodes.MarketClosed, $"The market for {symbol} is closed.");

    private static BrokerTradeResult NoQuote(string symbol) => TradeResults.Refuse(Mt5Retcodes.PriceOff, $"No quote for {symbol}.");

    private static BrokerTradeResult PositionGone(long ticket) =>
        TradeResults.Refuse(Mt5Retcodes.PositionClosed, string.Create(CultureInfo.InvariantCulture, $"Position {ticket} does not exist or is already closed."));
}

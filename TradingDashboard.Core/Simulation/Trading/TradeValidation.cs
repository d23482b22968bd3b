using System.Globalization;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Simulation.Trading;

/// <summary>The checks an MT5 server makes before executing; each returns the refusal, or null when the request passes.</summary>
internal static class TradeValidation
{
    public static BrokerTradeResult? Comment(string? comment) =>
        comment is { Length: > ClientOrderTag.MaxLength }
            ? TradeResults.Refuse(Mt5Retcodes.Invalid, string.Create(CultureInfo.InvariantCulture, $"The comment is {comment.Length} characters; MT5 accepts at most {ClientOrderTag.MaxLength}."))
            : null;

    /// <summary>10014 unless <paramref name="volume"/> is within the symbol's bounds and a multiple of its step.</summary>
    public static BrokerTradeResult? Volume(SymbolInfo symbol, decimal volume)
    {
        if (volume < symbol.VolumeMin || volume > symbol.VolumeMax)
        {
            return TradeResults.Refuse(Mt5Retcodes.InvalidVolume, string.Create(CultureInfo.InvariantCulture, $"Volume {volume} is outside {symbol.VolumeMin}-{symbol.VolumeMax} lots for {symbol.Name}."));
        }

        return OnStep(volume, symbol.VolumeStep)
            ? null
            : TradeResults.Refuse(Mt5Retcodes.InvalidVolume, string.Create(CultureInfo.InvariantCulture, $"Volume {volume} is not a multiple of the volume step {symbol.VolumeStep} of {symbol.Name}."));
    }

    /// <summary>10014 unless a partial close volume is positive, on the step and at most the position's volume.</summary>
    public static BrokerTradeResult? CloseVolume(SymbolInfo symbol, decimal volume, decimal positionVolume)
    {
        if (volume <= 0m || volume > positionVolume)
        {
            return TradeResults.Refuse(Mt5Retcodes.InvalidVolume, string.Create(CultureInfo.InvariantCulture, $"Close volume {volume} must be above 0 and at most the position's {positionVolume} lots."));
        }

        return volume == positionVolume ? null : Volume(symbol, volume);
    }

    /// <summary>
    /// 10016 unless SL is below (buy) or above (sell) <paramref name="reference"/> and TP on the
    /// other side, each at least the stops level away and on the tick grid. The reference is the
    /// closing price for a position (bid for a buy, ask for a sell) and the order price for a pending order.
    /// </summary>
    public static BrokerTradeResult? Stops(SymbolInfo symbol, PositionSide side, decimal reference, decimal? stopLoss, decimal? takeProfit)
    {
        var minimum = symbol.StopsLevel * symbol.Point;
        var buy = side == PositionSide.Buy;
        if (stopLoss is { } sl)
        {
            var distance = buy ? reference - sl : sl - reference;
            if (sl <= 0m || distance <= 0m || distance < minimum || !OnStep(sl, symbol.TickSize))
            {
                return TradeResults.Refuse(Mt5Retcodes.InvalidStops, string.Create(CultureInfo.InvariantCulture,
                    $"Stop loss {sl} must be {(buy ? "below" : "above")} {reference} by at least {symbol.StopsLevel} points and on the tick size {symbol.TickSize}."));
            }
        }

        if (takeProfit is { } tp)
        {
            var distance = buy ? tp - reference : reference - tp;
            if (tp <= 0m || distance <= 0m || distance < minimum || !OnStep(tp, symbol.TickSize))
            {
                return TradeResults.Refuse(Mt5Retcodes.InvalidStops, string.Create(CultureInfo.InvariantCulture,
                    $"Take profit {tp} must be {(buy ? "above" : "below")} {reference} by at least {symbol.StopsLevel} points and on the tick size {symbol.TickSize}."));
            }
        }

        return null;
    }

    /// <summary>
    /// 10015 unless a pending price is on the tick grid and on the right side of the market by at
    /// least the stops level: buy limit below the ask, buy stop above it, sell limit above the bid, sell stop below it.
    /// </summary>
    public static BrokerTradeResult? PendingPrice(SymbolInfo symbol, PositionSide side, OrderType type, decimal? price, BrokerQuote quote)
    {
        if (price is not { } p || p <= 0m)
        {
            return TradeResults.Refuse(Mt5Retcodes.InvalidPrice, "A pending order needs a positive price.");
        }

        if (!OnStep(p, symbol.TickSize))
        {
            return TradeResults.Refuse(Mt5Retcodes.InvalidPrice, string.Create(CultureInfo.InvariantCulture, $"Price {p} is not a multiple of the tick size {symbol.TickSize} of {symbol.Name}."));
        }

        var (market, above, name) = (side, type) switch
        {
            (PositionSide.Buy, OrderType.Limit) => (quote.Ask, false, "buy limit"),
            (PositionSide.Buy, _) => (quote.Ask, true, "buy stop"),
            (PositionSide.Sell, OrderType.Limit) => (quote.Bid, true, "sell limit"),
            _ => (quote.Bid, false, "sell stop"),
        };
        var distance = above ? p - market : market - p;
        return distance > 0m && distance >= symbol.StopsLevel * symbol.Point
            ? null
            : TradeResults.Refuse(Mt5Retcodes.InvalidPrice, string.Create(CultureInfo.InvariantCulture,
                $"A {name} at {p} must be {(above ? "above" : "below")} the current {(side == PositionSide.Buy ? "ask" : "bid")} {market} by at least {symbol.StopsLevel} points."));
    }

    private static bool OnStep(decimal value, decimal step) => value % step == 0m;
}

using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading.Precision;
using TradingDashboard.Core.Trading.Sizing;

namespace TradingDashboard.Core.Trading.Execution;

/// <summary>
/// MT5's rules for a request, checked before anything is recorded: volume within the symbol's
/// bounds and on its step (a trader's volume is never rounded silently), prices on the tick grid,
/// pending prices on the right side of the market, SL/TP on the right side of the reference price
/// and outside the stops level. The reference is the price the position would close at (bid for a
/// buy, ask for a sell), or the order price for a pending order.
/// </summary>
internal static class OrderValidator
{
    public static OrderCheck ValidateOpen(OpenOrderIntent intent, SymbolInfo symbol, BrokerQuote quote)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(symbol);
        ArgumentNullException.ThrowIfNull(quote);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (VolumeError(intent.Volume, symbol) is { } volumeError)
        {
            errors[nameof(OpenOrderIntent.Volume)] = volumeError;
        }

        decimal? price = null;
        Reference? reference;
        if (intent.Type == OrderType.Market)
        {
            reference = ClosingSide(intent.Direction, quote);
        }
        else
        {
            price = intent.Price is > 0m ? PriceRounding.Round(intent.Price.Value, symbol) : null;
            var priceError = price is { } p
                ? PendingPriceError(intent.Direction, intent.Type, p, symbol, quote)
                : intent.Price is null ? "A limit or stop order needs a price." : "The price must be positive.";
            if (priceError is not null)
            {
                errors[nameof(OpenOrderIntent.Price)] = priceError;
            }

            reference = price is { } at ? new Reference(at, "the order price") : null;
        }

        var (stopLoss, takeProfit) = CheckLevels(intent.Direction, intent.StopLoss, intent.TakeProfit, reference, symbol, errors);
        return new OrderCheck(errors, intent.Volume, price, stopLoss, takeProfit);
    }

    /// <summary>A whole close when <paramref name="volume"/> is null or the whole position; otherwise a partial close on the step.</summary>
    public static OrderCheck ValidateClose(decimal? volume, BrokerPosition position, SymbolInfo symbol)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(symbol);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (volume is { } partial && partial != position.Volume)
        {
            var error = partial > position.Volume
                ? $"Cannot close {DecimalText.Lots(partial)} lots: the position has {DecimalText.Lots(position.Volume)} lots."
                : VolumeError(partial, symbol);
            if (error is not null)
            {
                errors[nameof(CloseIntent.Volume)] = error;
            }
        }

        return new OrderCheck(errors, volume ?? position.Volume, null, null, null);
    }

    public static OrderCheck ValidateModify(ModifyIntent intent, BrokerPosition position, SymbolInfo symbol, BrokerQuote quote)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(symbol);
        ArgumentNullException.ThrowIfNull(quote);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var (stopLoss, takeProfit) = CheckLevels(position.Direction, intent.StopLoss, intent.TakeProfit, ClosingSide(position.Direction, quote), symbol, errors);
        return new OrderCheck(errors, position.Volume, null, stopLoss, takeProfit);
    }

    /// <summary>Null when the volume can be sent as typed; otherwise why not, with the nearest valid volumes.</summary>
    public static string? VolumeError(decimal volume, SymbolInfo symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (volume <= 0m)
        {
            return "The volume must be positive.";
        }

        var down = VolumeNormalizer.Normalize(volume, symbol).Volume;
        if (down != volume)
        {
            var nearest = new[] { down, down + symbol.VolumeStep }
                .Where(v => v >= symbol.VolumeMin && v <= symbol.VolumeMax)
                .Select(DecimalText.Lots)
                .ToList();
            var hint = nearest.Count switch
            {
                0 => $"volumes run from {DecimalText.Lots(symbol.VolumeMin)} to {DecimalText.Lots(symbol.VolumeMax)} lots",
                1 => $"use {nearest[0]}",
                _ => $"use {nearest[0]} or {nearest[1]}",
            };
            return $"{DecimalText.Lots(volume)} lots is not a multiple of the volume step {DecimalText.Lots(symbol.VolumeStep)}; {hint}.";
        }

        if (volume < symbol.VolumeMin)
        {
            return $"{DecimalText.Lots(volume)} lots is below the minimum of {DecimalText.Lots(symbol.VolumeMin)} lots.";
        }

        return volume > symbol.VolumeMax
            ? $"{DecimalText.Lots(volume)} lots is above the maximum of {DecimalText.Lots(symbol.VolumeMax)} lots."
            : null;
    }

    private static Reference ClosingSide(PositionSide side, BrokerQuote quote) =>
        side == PositionSide.Buy ? new Reference(quote.Bid, "the bid") : new Reference(quote.Ask, "the ask");

    private static string? PendingPriceError(PositionSide side, OrderType type, decimal price, SymbolInfo symbol, BrokerQuote quote)
    {
        var (market, marketName, below) = (side, type) switch
        {
            (PositionSide.Buy, OrderType.Limit) => (quote.Ask, "the ask", true),
            (PositionSide.Sell, OrderType.Limit) => (quote.Bid, "the bid", false),
            (PositionSide.Buy, OrderType.Stop) => (quote.Ask, "the ask", false),
            (PositionSide.Sell, OrderType.Stop) => (quote.Bid, "the bid", true),
            _ => throw new ArgumentException($"{type} is not a pending order type.", nameof(type)),
        };
        var distance = below ? market - price : price - market;
        if (distance > 0m && distance >= symbol.StopsLevel * symbol.Point)
        {
            return null;
        }

        var name = $"{(side == PositionSide.Buy ? "buy" : "sell")} {(type == OrderType.Limit ? "limit" : "stop")}";
        return $"A {name} must be {(below ? "below" : "above")} {marketName} ({DecimalText.Price(market, symbol)}){LevelClause(symbol)}.";
    }

    private static (decimal? StopLoss, decimal? TakeProfit) CheckLevels(
        PositionSide side, decimal? stopLoss, decimal? takeProfit, Reference? reference, SymbolInfo symbol, Dictionary<string, string> errors)
    {
        var sl = Level(stopLoss, symbol, nameof(OpenOrderIntent.StopLoss), "stop loss", errors);
        var tp = Level(takeProfit, symbol, nameof(OpenOrderIntent.TakeProfit), "take profit", errors);
        if (reference is not { } at)
        {
            return (sl, tp);
        }

        var buy = side == PositionSide.Buy;
        if (sl is { } s && !StopPlacement.IsValidStopLoss(symbol, side, at.Price, s))
        {
            errors[nameof(OpenOrderIntent.StopLoss)] =
                $"The stop loss of a {(buy ? "buy" : "sell")} must be {(buy ? "below" : "above")} {at.Name} ({DecimalText.Price(at.Price, symbol)}){LevelClause(symbol)}.";
        }

        if (tp is { } t && !StopPlacement.IsValidTakeProfit(symbol, side, at.Price, t))
        {
            errors[nameof(OpenOrderIntent.TakeProfit)] =
                $"The take profit of a {(buy ? "buy" : "sell")} must be {(buy ? "above" : "below")} {at.Name} ({DecimalText.Price(at.Price, symbol)}){LevelClause(symbol)}.";
        }

        return (sl, tp);
    }

    // MT5 sends 0 for "no level"; a negative level is a typo, not a request to remove it.
    private static decimal? Level(decimal? value, SymbolInfo symbol, string field, string name, Dictionary<string, string> errors)
    {
        if (value is not { } level || level == 0m)
        {
            return null;
        }

        if (level < 0m)
        {
            errors[field] = $"The {name} must be a positive price; leave it empty for none.";
            return null;
        }

        return PriceRounding.Round(level, symbol);
    }

    private static string LevelClause(SymbolInfo symbol) =>
        symbol.StopsLevel > 0 ? $" by at least {symbol.StopsLevel} points (the symbol's stops level)" : string.Empty;

    private readonly record struct Reference(decimal Price, string Name);
}

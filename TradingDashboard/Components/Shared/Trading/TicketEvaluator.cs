using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading.Precision;
using TradingDashboard.Core.Trading.Sizing;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>
/// Checks a ticket with the rules the execution pipeline applies (volume on the step and within
/// min/max; SL/TP on the right side of the price the position would close at, or of a pending
/// order's price, and outside the stops level; pending prices on the right side of the market),
/// converts pips (counted from the entry) to prices, sizes from risk and projects the outcome with
/// Core's <see cref="PositionSizer"/> and <see cref="TicketProjector"/>.
/// </summary>
public static class TicketEvaluator
{
    public static TicketEvaluation Evaluate(TicketForm form, TicketMarket market)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(market);
        var symbol = market.Symbol;
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var entry = Entry(form, market, errors);
        var reference = Reference(form, market, entry);
        var stopLoss = Level(symbol, form.Side, entry, reference, form.Level(TicketLevelKind.StopLoss), form.LevelMode, TicketLevelKind.StopLoss, TicketFields.StopLoss, errors);
        var takeProfit = Level(symbol, form.Side, entry, reference, form.Level(TicketLevelKind.TakeProfit), form.LevelMode, TicketLevelKind.TakeProfit, TicketFields.TakeProfit, errors);
        var validStop = errors.ContainsKey(TicketFields.StopLoss) ? null : stopLoss;
        var validTarget = errors.ContainsKey(TicketFields.TakeProfit) ? null : takeProfit;

        PositionSize? sizing = null;
        var volume = form.VolumeMode == VolumeMode.Lots
            ? Lots(form.Lots, symbol, errors)
            : Risk(form, market, entry, validStop, errors, out sizing);

        TicketProjection? projection = null;
        decimal? spreadCost = null;
        if (entry is { } price && volume is { } lots)
        {
            projection = TicketProjector.Project(symbol, form.Side, price, validStop?.Price, validTarget?.Price, lots);
            if (!projection.IsValid)
            {
                // The checks above mirror Core's; this only fires if they ever drift apart.
                errors.TryAdd(TicketFields.General, "SL or TP is not placed validly for this entry.");
            }

            if (form.Type == OrderType.Market && market.Bid is { } bid && market.Ask is { } ask)
            {
                spreadCost = ProfitCalculator.FromTicks(symbol, form.Side, price, form.Side == PositionSide.Buy ? bid : ask, lots);
            }
        }

        var target = form.ProfitTargetEnabled
            ? ProfitTargetOf(form, symbol, entry, reference, volume, validTarget, errors)
            : default;
        return new TicketEvaluation(
            symbol,
            form.Side,
            form.Type,
            entry,
            volume,
            sizing,
            stopLoss,
            takeProfit,
            target.Level,
            target.Fraction,
            target.Volume,
            target.Money,
            projection,
            spreadCost,
            errors);
    }

    private static decimal? Entry(TicketForm form, TicketMarket market, Dictionary<string, string> errors)
    {
        var symbol = market.Symbol;
        var quote = form.Side == PositionSide.Buy ? market.Ask : market.Bid;
        if (form.Type == OrderType.Market)
        {
            if (quote is null)
            {
                errors[TicketFields.General] = "Waiting for the first price.";
            }

            return quote;
        }

        var kind = form.Type == OrderType.Limit ? "limit" : "stop";
        if (form.Price is not { } typed || typed <= 0m)
        {
            errors[TicketFields.Price] = $"Enter the {kind} price.";
            return null;
        }

        var price = PriceRounding.Round(typed, symbol);
        if (quote is not { } reference)
        {
            return price;
        }

        // MT5: a limit waits for a better price than now, a stop for a worse one (ask for buys, bid for sells).
        var below = (form.Side == PositionSide.Buy) == (form.Type == OrderType.Limit);
        var name = TicketText.QuoteName(form.Side);
        var referenceText = TicketText.Price(reference, symbol.Digits);
        if ((below ? price >= reference : price <= reference) || PriceDistance.Points(reference, price, symbol) < symbol.StopsLevel)
        {
            errors[TicketFields.Price] = $"A {TicketText.Order(form.Side, form.Type).ToLowerInvariant()} must be {(below ? "below" : "above")} the {name} ({referenceText}){StopsLevelClause(symbol)}.";
        }

        return price;
    }

    /// <summary>
    /// What the server checks SL/TP against: the price the position would close at (bid for a buy,
    /// ask for a sell: MT5's rule), or the order price of a pending order.
    /// </summary>
    private static LevelReference? Reference(TicketForm form, TicketMarket market, decimal? entry)
    {
        if (form.Type != OrderType.Market)
        {
            return entry is { } price ? new LevelReference(price, "the order price") : null;
        }

        var closing = form.Side == PositionSide.Buy ? market.Bid : market.Ask;
        return closing is { } at ? new LevelReference(at, form.Side == PositionSide.Buy ? "the bid" : "the ask") : null;
    }

    private static TicketLevel? Level(
        SymbolInfo symbol, PositionSide side, decimal? entry, LevelReference? reference, decimal? typed, LevelMode mode, TicketLevelKind kind, string field, Dictionary<string, string> errors)
    {
        if (typed is not { } value || entry is not { } from)
        {
            return null;
        }

        if (value <= 0m)
        {
            errors[field] = mode == LevelMode.Pips ? "Enter a distance above 0 pips." : "Enter a price above 0.";
            return null;
        }

        // A stop loses when the price moves against the position, a target wins when it moves with
        // it. Pips count from the entry, as the loss and profit do.
        var up = (side == PositionSide.Buy) == (kind != TicketLevelKind.StopLoss);
        var price = mode == LevelMode.Pips
            ? PriceRounding.Round(from + ((up ? 1m : -1m) * value * PipConvention.Size(symbol)), symbol)
            : PriceRounding.Round(value, symbol);
        if (price <= 0m)
        {
            errors[field] = "Too far: that level is below zero.";
            return null;
        }

        var level = new TicketLevel(price, Math.Round(PriceDistance.Pips(from, price, symbol), 1, MidpointRounding.AwayFromZero));
        var what = $"{Name(kind)} of a {TicketText.Side(side).ToLowerInvariant()} must be {(up ? "above" : "below")}";
        if (reference is { } at && ((up ? price <= at.Price : price >= at.Price) || PriceDistance.Points(at.Price, price, symbol) < symbol.StopsLevel))
        {
            errors[field] = $"{what} {at.Name} ({TicketText.Price(at.Price, symbol.Digits)}){StopsLevelClause(symbol)}.";
        }
        else if (up ? price <= from : price >= from)
        {
            // Inside the spread: accepted by MT5, but a "target" that loses or a "stop" that wins.
            errors[field] = $"{what} the entry ({TicketText.Price(from, symbol.Digits)}).";
        }

        return level;
    }

    private static string StopsLevelClause(SymbolInfo symbol) => symbol.StopsLevel > 0
        ? $" by at least {symbol.StopsLevel} points ({TicketText.Pips(symbol.StopsLevel * symbol.Point / PipConvention.Size(symbol))} pips)"
        : string.Empty;

    private static decimal? Lots(decimal? typed, SymbolInfo symbol, Dictionary<string, string> errors)
    {
        if (typed is not { } lots)
        {
            errors[TicketFields.Volume] = "Enter a volume in lots.";
            return null;
        }

        if (lots <= 0m)
        {
            errors[TicketFields.Volume] = "The volume must be above 0.";
            return null;
        }

        var normalized = VolumeNormalizer.Normalize(lots, symbol, VolumeRoundingMode.Nearest);
        if (normalized.Volume != lots)
        {
            errors[TicketFields.Volume] = $"The volume must be a multiple of {TicketText.Lots(symbol.VolumeStep)} lots.";
        }
        else if (normalized.Error == SizingError.BelowMinimumVolume)
        {
            errors[TicketFields.Volume] = $"The minimum volume is {TicketText.Lots(symbol.VolumeMin)} lots.";
        }
        else if (normalized.Error == SizingError.AboveMaximumVolume)
        {
            errors[TicketFields.Volume] = $"The maximum volume is {TicketText.Lots(symbol.VolumeMax)} lots.";
        }

        return errors.ContainsKey(TicketFields.Volume) ? null : lots;
    }

    private static decimal? Risk(TicketForm form, TicketMarket market, decimal? entry, TicketLevel? stopLoss, Dictionary<string, string> errors, out PositionSize? sizing)
    {
        sizing = null;
        if (form.RiskPercent is not ({ } percent and > 0m and <= 100m))
        {
            errors[TicketFields.RiskPercent] = "Enter a risk above 0 and at most 100 %.";
            return null;
        }

        if (market.Balance is not ({ } balance and > 0m))
        {
            errors[TicketFields.RiskPercent] = "The account balance is not available: size in lots instead.";
            return null;
        }

        if (stopLoss is null)
        {
            errors.TryAdd(TicketFields.StopLoss, "Sizing by risk needs a stop loss.");
            return null;
        }

        if (entry is not { } price)
        {
            return null;
        }

        var symbol = market.Symbol;
        sizing = PositionSizer.ForRisk(symbol, form.Side, price, stopLoss.Price, balance, percent);
        var target = MoneyText.Format(sizing.TargetRiskMoney, market.Currency);
        switch (sizing.Error)
        {
            case SizingError.BelowMinimumVolume:
                errors[TicketFields.RiskPercent] = $"{TicketText.Percent(percent)} ({target}) at this stop is less than the minimum volume of {TicketText.Lots(symbol.VolumeMin)} lots.";
                return null;
            case SizingError.AboveMaximumVolume:
                errors[TicketFields.RiskPercent] = $"{TicketText.Percent(percent)} ({target}) at this stop is more than the maximum volume of {TicketText.Lots(symbol.VolumeMax)} lots.";
                return null;
            case SizingError.InvalidStop:
                errors.TryAdd(TicketFields.StopLoss, "The stop loss is not placed validly for this entry.");
                return null;
            default:
                return sizing.Volume;
        }
    }

    private static (TicketLevel? Level, decimal? Fraction, decimal? Volume, decimal? Money) ProfitTargetOf(
        TicketForm form, SymbolInfo symbol, decimal? entry, LevelReference? reference, decimal? volume, TicketLevel? takeProfit, Dictionary<string, string> errors)
    {
        var typed = form.Level(TicketLevelKind.ProfitTarget);
        if (typed is null)
        {
            errors[TicketFields.ProfitTarget] = form.LevelMode == LevelMode.Pips ? "Enter the TP1 distance in pips." : "Enter the TP1 price.";
            return default;
        }

        var level = Level(symbol, form.Side, entry, reference, typed, form.LevelMode, TicketLevelKind.ProfitTarget, TicketFields.ProfitTarget, errors);
        if (level is null || errors.ContainsKey(TicketFields.ProfitTarget))
        {
            return (level, null, null, null);
        }

        if (takeProfit is { } tp && (form.Side == PositionSide.Buy ? level.Price >= tp.Price : level.Price <= tp.Price))
        {
            errors[TicketFields.ProfitTarget] = $"TP1 must come before the take profit ({TicketText.Price(tp.Price, symbol.Digits)}).";
            return (level, null, null, null);
        }

        if (form.ProfitTargetPercent is not ({ } percent and >= 1m and <= 99m))
        {
            errors[TicketFields.ProfitTarget] = "Close between 1 and 99 % at TP1.";
            return (level, null, null, null);
        }

        if (volume is not { } lots || entry is not { } price)
        {
            return (level, percent / 100m, null, null);
        }

        var closes = VolumeNormalizer.Normalize(lots * percent / 100m, symbol).Volume;
        if (closes < symbol.VolumeMin || lots - closes < symbol.VolumeMin)
        {
            errors[TicketFields.ProfitTarget] = $"{TicketText.Percent(percent)} of {TicketText.Lots(lots)} lots is {TicketText.Lots(closes)}: both parts must be at least {TicketText.Lots(symbol.VolumeMin)} lots.";
            return (level, percent / 100m, closes, null);
        }

        return (level, percent / 100m, closes, ProfitCalculator.FromTicks(symbol, form.Side, price, level.Price, closes));
    }

    private readonly record struct LevelReference(decimal Price, string Name);

    private static string Name(TicketLevelKind kind) => kind switch
    {
        TicketLevelKind.StopLoss => "The stop loss",
        TicketLevelKind.TakeProfit => "The take profit",
        _ => "TP1",
    };
}

using System.Globalization;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>Numbers as a trade ticket shows them: prices at the symbol's digits, lots, pips, reward-to-risk.</summary>
public static class TicketText
{
    public static string Price(decimal price, int digits) =>
        price.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>"0.10", "1.25", "0.001": at least two decimals, no trailing noise.</summary>
    public static string Lots(decimal volume) =>
        Math.Round(volume, 8).ToString("0.00######", CultureInfo.InvariantCulture);

    /// <summary>"20.0": pips to a tenth, the resolution of a 5-digit quote.</summary>
    public static string Pips(decimal pips) => Math.Round(pips, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);

    public static string Percent(decimal percent) => percent.ToString("0.##", CultureInfo.InvariantCulture) + " %";

    /// <summary>Reward-to-risk the way traders say it: "1 : 2.00".</summary>
    public static string RewardToRisk(decimal ratio) => string.Create(CultureInfo.InvariantCulture, $"1 : {ratio:0.00}");

    public static string Side(PositionSide side) => side == PositionSide.Buy ? "Buy" : "Sell";

    /// <summary>"Buy limit", "Sell stop", "Buy" (market).</summary>
    public static string Order(PositionSide side, OrderType type) => type switch
    {
        OrderType.Limit => Side(side) + " limit",
        OrderType.Stop => Side(side) + " stop",
        _ => Side(side),
    };

    /// <summary>"Buy 0.10 EURUSD at market", "Sell limit 0.25 XAUUSD at 2655.00": the order as its button sends it to review.</summary>
    public static string Submit(TicketEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var volume = evaluation.Volume is { } lots ? " " + Lots(lots) : string.Empty;
        var price = evaluation.Type == OrderType.Market
            ? " at market"
            : evaluation.Entry is { } entry ? " at " + Price(entry, evaluation.Symbol.Digits) : string.Empty;
        return $"{Order(evaluation.Side, evaluation.Type)}{volume} {evaluation.Symbol.Name}{price}";
    }

    /// <summary>The quote a ticket trades at: ask to buy, bid to sell.</summary>
    public static string QuoteName(PositionSide side) => side == PositionSide.Buy ? "ask" : "bid";
}

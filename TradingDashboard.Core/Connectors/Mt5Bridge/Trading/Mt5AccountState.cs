using System.Text.Json.Serialization;

namespace TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

/// <summary>The money fields of an MT5 <c>account_info</c> record, as <c>GET /api/mt5/account/{login}/info</c> returns them.</summary>
internal sealed record Mt5AccountState(
    [property: JsonConverter(typeof(NumberOrStringConverter))] string? Login,
    decimal? Balance,
    decimal? Equity,
    decimal? Margin,
    decimal? MarginFree,
    int? Leverage,
    string? Currency,
    bool? TradeAllowed)
{
    private const string Record = "account info";

    /// <remarks>
    /// The bridge's account info has no margin mode (MT5 <c>margin_mode</c>) yet; the bridge and
    /// its simulator serve hedging accounts, so <see cref="BrokerAccountInfo.Hedging"/> is true.
    /// </remarks>
    public BrokerAccountInfo ToBroker(string login) => new(
        string.IsNullOrWhiteSpace(Login) ? login : Login,
        Mt5Wire.Require(Currency, "currency", Record),
        Mt5Wire.Require(Balance, "balance", Record),
        Mt5Wire.Require(Equity, "equity", Record),
        Mt5Wire.Require(Margin, "margin", Record),
        Mt5Wire.Require(MarginFree, "margin_free", Record),
        Mt5Wire.Require(Leverage, "leverage", Record),
        Mt5Wire.Require(TradeAllowed, "trade_allowed", Record),
        Hedging: true);
}

namespace TradingDashboard.Core.Simulation.Market;

/// <summary>A simulated symbol: precision, trading costs, contract and price dynamics.</summary>
/// <param name="Name">Broker name with its casing (<c>BTCUSD.a</c>).</param>
/// <param name="BaseSpreadPoints">Typical spread in points (1 point = 10^-digits).</param>
/// <param name="SpreadJitterPoints">How far the spread wanders around its base.</param>
/// <param name="AnnualVolatility">Annualised volatility of the random walk (0.07 = 7 %).</param>
/// <param name="ProfitCurrency">Currency in which P/L and margin are first computed.</param>
/// <remarks>Every simulated symbol's tick size is its point; <see cref="Terms"/> follow its asset class.</remarks>
internal sealed record SymbolSpec(
    string Name,
    int Digits,
    decimal StartPrice,
    int BaseSpreadPoints,
    int SpreadJitterPoints,
    double AnnualVolatility,
    decimal ContractSize,
    AssetClass AssetClass,
    string BaseCurrency,
    string ProfitCurrency)
{
    public decimal Point { get; } = PriceMath.Point(Digits);

    /// <summary>The smallest price change (<c>trade_tick_size</c>).</summary>
    public decimal TickSize => Point;

    public TradingTerms Terms { get; init; } = TradingTerms.For(AssetClass);

    /// <summary>The currency margin is quoted in (<c>currency_margin</c>): the base asset, or the quote currency of an index.</summary>
    public string MarginCurrency => AssetClass == AssetClass.Index ? ProfitCurrency : BaseCurrency;
}

namespace TradingDashboard.Core.Simulation.Market;

/// <summary>One quote of a symbol: bid/ask already rounded to its digits.</summary>
/// <param name="Flags">MT5 tick flags: 2 bid changed, 4 ask changed.</param>
internal sealed record MarketQuote(SymbolSpec Symbol, decimal Bid, decimal Ask, int SpreadPoints, DateTimeOffset Time, int Flags)
{
    public const int BidChanged = 2;
    public const int AskChanged = 4;

    public decimal Mid => (Bid + Ask) / 2m;

    public static MarketQuote FromBid(SymbolSpec symbol, decimal bid, int spreadPoints, DateTimeOffset time, int flags)
    {
        var roundedBid = PriceMath.Round(bid, symbol.Digits);
        return new MarketQuote(symbol, roundedBid, roundedBid + (spreadPoints * symbol.Point), spreadPoints, time, flags);
    }
}

namespace TradingDashboard.Core.Simulation.Market;

/// <summary>A symbol's order limits as a retail MT5 broker sets them (<c>volume_min/max/step</c>, <c>trade_stops_level</c>).</summary>
/// <param name="StopsLevel">Minimum distance of SL/TP and pending prices from the market, in points.</param>
internal sealed record TradingTerms(decimal VolumeMin, decimal VolumeMax, decimal VolumeStep, int StopsLevel)
{
    private static readonly TradingTerms Forex = new(0.01m, 100m, 0.01m, 10);
    private static readonly TradingTerms Metal = new(0.01m, 50m, 0.01m, 20);
    private static readonly TradingTerms Crypto = new(0.01m, 10m, 0.01m, 200);
    private static readonly TradingTerms Index = new(0.1m, 50m, 0.1m, 20);

    public static TradingTerms For(AssetClass assetClass) => assetClass switch
    {
        AssetClass.Forex => Forex,
        AssetClass.Metal => Metal,
        AssetClass.Crypto => Crypto,
        _ => Index,
    };
}

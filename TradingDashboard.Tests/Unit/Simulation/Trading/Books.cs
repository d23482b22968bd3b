using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Simulation.Trading;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Unit.Simulation.Trading;

/// <summary>Trading books and requests for tests.</summary>
internal static class Books
{
    public const string Tag = "td1:abcdefghijklmnopqrstuvwxyz";

    public static TradingBook Create(
        TestMarket market,
        decimal balance = 10_000m,
        int leverage = 100,
        bool hedging = true,
        string currency = "USD",
        IReadOnlyCollection<string>? closedSymbols = null,
        int maxDeals = TradingBookOptions.DefaultMaxDeals,
        TimeProvider? time = null) =>
        new(
            new TradingBookOptions("7001", currency, balance, leverage, hedging, closedSymbols, maxDeals, TrackClosures: true),
            market, new TicketSequence(), time ?? new ManualTimeProvider(SimulatorFixtures.Start));

    public static BrokerOrderRequest MarketOrder(string symbol, PositionSide side, decimal volume, decimal? sl = null, decimal? tp = null, string tag = Tag, long magic = 0) =>
        new(symbol, side, OrderType.Market, volume, null, sl, tp, tag, magic);

    public static BrokerOrderRequest PendingOrder(string symbol, PositionSide side, OrderType type, decimal volume, decimal? price, decimal? sl = null, decimal? tp = null, string tag = Tag, long magic = 0) =>
        new(symbol, side, type, volume, price, sl, tp, tag, magic);

    /// <summary>Places a market order that must be filled.</summary>
    public static BrokerTradeResult Fill(this TradingBook book, TestMarket market, BrokerOrderRequest request, string currency = "USD")
    {
        var result = book.Place(request, market.Info(request.Symbol, currency));
        Assert.True(result.Code == TradeResultCode.Done, $"{result.Retcode}: {result.Message}");
        return result;
    }

    public static decimal D(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    public static decimal? OptionalD(string? value) => value is null ? null : D(value);
}

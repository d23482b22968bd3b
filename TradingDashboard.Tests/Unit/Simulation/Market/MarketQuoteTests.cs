using TradingDashboard.Core.Simulation.Market;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Unit.Simulation.Market;

public class MarketQuoteTests
{
    [Fact]
    public void FromBid_UnroundedBid_RoundsBidAndAddsSpreadInPoints()
    {
        var quote = MarketQuote.FromBid(SimulatorFixtures.Symbol("EURUSD"), 1.0845678m, 12, SimulatorFixtures.Start, 6);

        Assert.Equal(1.08457m, quote.Bid);
        Assert.Equal(1.08469m, quote.Ask);
    }

    [Fact]
    public void FromBid_JpyPair_UsesThreeDigits()
    {
        var quote = MarketQuote.FromBid(SimulatorFixtures.Symbol("USDJPY"), 150.21549m, 14, SimulatorFixtures.Start, 6);

        Assert.Equal(150.215m, quote.Bid);
        Assert.Equal(150.229m, quote.Ask);
    }
}

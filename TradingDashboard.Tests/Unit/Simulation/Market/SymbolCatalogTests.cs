using TradingDashboard.Core.Simulation.Market;

namespace TradingDashboard.Tests.Unit.Simulation.Market;

public class SymbolCatalogTests
{
    [Theory]
    [InlineData("EURUSD", 5, 100_000)]
    [InlineData("GBPUSD", 5, 100_000)]
    [InlineData("USDJPY", 3, 100_000)]
    [InlineData("XAUUSD", 2, 100)]
    [InlineData("XAGUSD", 3, 5_000)]
    [InlineData("BTCUSD.a", 2, 1)]
    [InlineData("ETHUSD", 2, 1)]
    [InlineData("US500", 2, 1)]
    [InlineData("GER40", 2, 1)]
    public void Default_Symbol_HasBrokerDigitsAndContractSize(string name, int digits, int contractSize)
    {
        var symbol = SymbolCatalog.Default.Single(s => s.Name == name);

        Assert.Equal(digits, symbol.Digits);
        Assert.Equal(contractSize, symbol.ContractSize);
        Assert.Equal(symbol.StartPrice, PriceMath.Round(symbol.StartPrice, digits));
    }

    [Theory]
    [InlineData("EURUSD", 1.0, 1.2)]
    [InlineData("USDJPY", 140, 160)]
    [InlineData("XAUUSD", 2400, 2900)]
    [InlineData("BTCUSD.a", 70_000, 110_000)]
    [InlineData("US500", 5_500, 6_300)]
    public void Default_StartPrice_IsRealisticForLate2026(string name, double low, double high)
    {
        var price = (double)SymbolCatalog.Default.Single(s => s.Name == name).StartPrice;

        Assert.InRange(price, low, high);
    }

    [Theory]
    [InlineData("EURUSD", 0.01, 100, 0.01, 10, "EUR")]
    [InlineData("USDJPY", 0.01, 100, 0.01, 10, "USD")]
    [InlineData("XAUUSD", 0.01, 50, 0.01, 20, "XAU")]
    [InlineData("BTCUSD.a", 0.01, 10, 0.01, 200, "BTC")]
    [InlineData("US500", 0.1, 50, 0.1, 20, "USD")]
    [InlineData("GER40", 0.1, 50, 0.1, 20, "EUR")]
    public void Default_Symbol_HasTheTradingTermsOfItsAssetClass(string name, double min, double max, double step, int stopsLevel, string marginCurrency)
    {
        var symbol = SymbolCatalog.Default.Single(s => s.Name == name);

        Assert.Equal(((decimal)min, (decimal)max, (decimal)step, stopsLevel), (symbol.Terms.VolumeMin, symbol.Terms.VolumeMax, symbol.Terms.VolumeStep, symbol.Terms.StopsLevel));
        Assert.Equal((symbol.Point, marginCurrency), (symbol.TickSize, symbol.MarginCurrency));
    }
}

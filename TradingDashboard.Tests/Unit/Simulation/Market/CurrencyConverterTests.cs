using TradingDashboard.Core.Simulation.Market;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Unit.Simulation.Market;

public class CurrencyConverterTests
{
    private readonly QuoteBoard _board = SimulatorFixtures.Board(
        SimulatorFixtures.Quote("EURUSD", 1.08000m, 1.08010m),
        SimulatorFixtures.Quote("USDJPY", 150.000m, 150.010m));

    [Fact]
    public void Convert_JpyToUsd_DividesByUsdJpyMid()
    {
        Assert.Equal(1_000m / 150.005m, CurrencyConverter.Convert(1_000m, "JPY", "USD", _board)!.Value, 12);
    }

    [Fact]
    public void Convert_EurToUsd_MultipliesByEurUsdMid()
    {
        Assert.Equal(100m * 1.08005m, CurrencyConverter.Convert(100m, "EUR", "USD", _board));
    }

    [Fact]
    public void Convert_UsdToEur_DividesByEurUsdMid()
    {
        Assert.Equal(100m / 1.08005m, CurrencyConverter.Convert(100m, "USD", "EUR", _board)!.Value, 12);
    }

    [Fact]
    public void Convert_NoLinkingPair_ReturnsNull()
    {
        Assert.Null(CurrencyConverter.Convert(100m, "CHF", "USD", _board));
    }

    [Theory]
    [InlineData("USD", true)]
    [InlineData("EUR", true)]
    [InlineData("JPY", true)]
    [InlineData("CHF", false)]
    public void IsConvertible_Currency_DependsOnSimulatedPairs(string currency, bool expected)
    {
        Assert.Equal(expected, CurrencyConverter.IsConvertible(currency, SymbolCatalog.Default));
    }
}

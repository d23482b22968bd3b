using System.Globalization;
using TradingDashboard.Core.Trading.Precision;

namespace TradingDashboard.Tests.Unit.Trading.Precision;

public class PriceRoundingTests
{
    [Theory]
    [InlineData("1.084565", "1.08457")] // half a point: away from zero
    [InlineData("1.084564", "1.08456")]
    [InlineData("1.0845", "1.08450")] // written with the symbol's 5 digits
    public void Round_FiveDigitEurUsd_RoundsToThePoint(string price, string expected)
    {
        Assert.Equal(Parse(expected), PriceRounding.Round(Parse(price), TestSymbols.EurUsd));
    }

    [Theory]
    [InlineData("150.2155", "150.216")]
    [InlineData("150.2154", "150.215")]
    public void Round_ThreeDigitUsdJpy_RoundsToThePoint(string price, string expected)
    {
        Assert.Equal(Parse(expected), PriceRounding.Round(Parse(price), TestSymbols.UsdJpy));
    }

    [Theory]
    [InlineData("4500.13", "4500.25")] // 0.52 ticks of 0.25
    [InlineData("4500.12", "4500.00")] // 0.48 ticks
    [InlineData("4500.125", "4500.25")] // exactly half a tick: away from zero
    public void Round_QuarterTickSize_SnapsToTheTickGrid(string price, string expected)
    {
        var es = TestSymbols.Us500 with { TickSize = 0.25m, TickValue = 0.25m };

        Assert.Equal(Parse(expected), PriceRounding.Round(Parse(price), es));
    }

    private static decimal Parse(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}

using TradingDashboard.Core.Simulation.Market;

namespace TradingDashboard.Tests.Unit.Simulation.Market;

public class PriceMathTests
{
    [Theory]
    [InlineData("1.084565", 5, "1.08457")]
    [InlineData("1.084564", 5, "1.08456")]
    [InlineData("150.2155", 3, "150.216")]
    [InlineData("2650.405", 2, "2650.41")]
    [InlineData("90250.004", 2, "90250.00")]
    public void Round_PriceWithMoreDecimals_RoundsToDigitsAwayFromZero(string price, int digits, string expected)
    {
        var rounded = PriceMath.Round(decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), digits);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rounded);
    }

    [Theory]
    [InlineData(5, "0.00001")]
    [InlineData(3, "0.001")]
    [InlineData(2, "0.01")]
    [InlineData(0, "1")]
    public void Point_Digits_IsTenToTheMinusDigits(int digits, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PriceMath.Point(digits));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(9)]
    public void Point_DigitsOutOfRange_Throws(int digits)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceMath.Point(digits));
    }
}

using TradingDashboard.Components.Shared;

namespace TradingDashboard.Tests.Unit.Components;

public sealed class MoneyTextTests
{
    [Theory]
    [InlineData("1234567.891", "USD", "1,234,567.89 USD")]
    [InlineData("0", "EUR", "0.00 EUR")]
    [InlineData("-12.5", "USD", "-12.50 USD")]
    public void Format_Amount_TwoDecimalsSeparatorsAndCurrency(string amount, string currency, string expected) =>
        Assert.Equal(expected, MoneyText.Format(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency));

    [Theory]
    [InlineData("162.13", "+162.13 USD", "pos")]
    [InlineData("-0.01", "-0.01 USD", "neg")]
    [InlineData("0", "0.00 USD", "flat")]
    public void FormatSigned_Profit_SignAndColourClass(string amount, string expected, string css)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, MoneyText.FormatSigned(value, "USD"));
        Assert.Equal(css, MoneyText.SignClass(value));
    }
}

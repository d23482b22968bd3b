using TradingDashboard.Components.Shared;

namespace TradingDashboard.Tests.Unit.Components;

public sealed class AgeTextTests
{
    [Theory]
    [InlineData(0, "0.0s")]
    [InlineData(300, "0.3s")]
    [InlineData(9_990, "9.9s")]
    [InlineData(12_400, "12s")]
    [InlineData(59_999, "59s")]
    [InlineData(180_000, "3m")]
    [InlineData(7_200_000, "2h")]
    [InlineData(172_800_000, "2d")]
    [InlineData(-500, "0.0s")]
    public void Format_Age_ReadsLikeATerminal(long milliseconds, string expected) =>
        Assert.Equal(expected, AgeText.Format(TimeSpan.FromMilliseconds(milliseconds)));

    [Theory]
    [InlineData(1, "age-live")]
    [InlineData(10, "age-live")]
    [InlineData(11, "age-aging")]
    [InlineData(60, "age-aging")]
    [InlineData(61, "age-stale")]
    public void QuoteClass_Age_AmberAfterTenSecondsRedAfterAMinute(int seconds, string expected) =>
        Assert.Equal(expected, AgeText.QuoteClass(TimeSpan.FromSeconds(seconds)));
}

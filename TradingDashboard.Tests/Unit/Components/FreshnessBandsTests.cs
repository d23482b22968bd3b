using Radzen;
using TradingDashboard.Components.Shared;

namespace TradingDashboard.Tests.Unit.Components;

public sealed class FreshnessBandsTests
{
    [Theory]
    [InlineData(0, Freshness.Fresh)]
    [InlineData(299, Freshness.Fresh)]
    [InlineData(300, Freshness.Acceptable)]
    [InlineData(599, Freshness.Acceptable)]
    [InlineData(600, Freshness.Degraded)]
    [InlineData(899, Freshness.Degraded)]
    [InlineData(900, Freshness.Critical)]
    [InlineData(86_400, Freshness.Critical)]
    public void Classify_Age_FollowsTheArchitectureBands(int seconds, Freshness expected) =>
        Assert.Equal(expected, FreshnessBands.Classify(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void ToBadgeStyle_EachBand_HasItsOwnColour()
    {
        var styles = Enum.GetValues<Freshness>().Select(f => f.ToBadgeStyle()).ToList();

        Assert.Equal([BadgeStyle.Success, BadgeStyle.Info, BadgeStyle.Warning, BadgeStyle.Danger], styles);
    }
}

using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading.Risk;

namespace TradingDashboard.Tests.Unit.Trading.Risk;

public class RiskAssessorTests
{
    [Theory]
    [InlineData(PositionSide.Buy, "1.08000", "1.07900", true)]
    [InlineData(PositionSide.Buy, "1.08000", "1.08100", false)]
    [InlineData(PositionSide.Sell, "1.09000", "1.09100", true)]
    [InlineData(PositionSide.Sell, "1.09000", "1.08900", false)]
    [InlineData(PositionSide.Buy, "1.08000", null, true)]
    [InlineData(PositionSide.Buy, null, "1.07000", false)]
    [InlineData(PositionSide.Buy, null, null, false)]
    public void Widens_OnlyAStopMovedAwayOrRemoved(PositionSide side, string? current, string? next, bool widens)
    {
        var position = new BrokerPosition(1, "EURUSD", side, 1m, 1.085m, Parse(current), null, 1.085m, 0m, 0m, 0, "", DateTimeOffset.UnixEpoch);

        Assert.Equal(widens, RiskAssessor.Widens(position, Parse(next)));
    }

    [Fact]
    public void LossAt_IsTicksTimesTickValueTimesVolume()
    {
        // EURUSD buy at 1.08460, SL 1.08260: 200 ticks × $1 × 0.5 lots = $100.
        Assert.Equal(100m, RiskAssessor.LossAt(TestSymbols.EurUsd, PositionSide.Buy, 1.08460m, 1.08260m, 0.5m));
    }

    [Fact]
    public void LossAt_StopBeyondTheEntry_IsNoLoss()
    {
        Assert.Equal(0m, RiskAssessor.LossAt(TestSymbols.EurUsd, PositionSide.Sell, 1.08460m, 1.08260m, 0.5m));
    }

    private static decimal? Parse(string? value) =>
        value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}

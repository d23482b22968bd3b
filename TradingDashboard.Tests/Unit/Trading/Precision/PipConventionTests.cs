using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading.Precision;

namespace TradingDashboard.Tests.Unit.Trading.Precision;

public class PipConventionTests
{
    public static TheoryData<SymbolInfo, decimal> PipSizes => new()
    {
        { TestSymbols.EurUsd, 0.0001m }, // 5 digits: 10 points
        { TestSymbols.Forex("EURUSD4", 4, "EUR", "USD", 10m), 0.0001m }, // 4 digits: 1 point
        { TestSymbols.UsdJpy, 0.01m }, // 3 digits: 10 points
        { TestSymbols.XauUsd, 0.01m }, // 2 digits: 1 point
        { TestSymbols.XauUsd with { Name = "XAGUSD", Digits = 3, Point = 0.001m, TickSize = 0.001m }, 0.01m }, // 3 digits: 10 points
        { TestSymbols.Us500, 0.01m },
    };

    [Theory]
    [MemberData(nameof(PipSizes))]
    public void Size_ByDigits_IsTenPointsForThreeAndFiveDigitsElseOnePoint(SymbolInfo symbol, decimal expected)
    {
        Assert.Equal(expected, PipConvention.Size(symbol));
    }

    [Fact]
    public void ValuePerLot_EurUsd_IsTenDollars()
    {
        // 0.0001 / 0.00001 = 10 ticks per pip × $1 = $10.
        Assert.Equal(10m, PipConvention.ValuePerLot(TestSymbols.EurUsd));
    }

    [Fact]
    public void ValuePerLot_UsdJpyAt150_IsSixSixtySeven()
    {
        // 0.01 / 0.001 = 10 ticks per pip × $0.6667 = ¥1,000 / 150 = $6.67.
        Assert.Equal(6.67m, Math.Round(PipConvention.ValuePerLot(TestSymbols.UsdJpy), 2));
    }
}

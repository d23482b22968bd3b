using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading.Precision;

namespace TradingDashboard.Tests.Unit.Trading.Precision;

public class ProfitCalculatorTests
{
    [Fact]
    public void FromTicks_EurUsdOneLotTenPips_IsOneHundredDollars()
    {
        // 1.08550 − 1.08450 = 100 ticks × $1 × 1 lot = $100.
        Assert.Equal(100m, ProfitCalculator.FromTicks(TestSymbols.EurUsd, PositionSide.Buy, 1.08450m, 1.08550m, 1m));
    }

    [Fact]
    public void FromTicks_EurUsdSellMovingUp_IsALoss()
    {
        // Sell 0.30 at 1.08450, close at 1.08600: −150 ticks × $1 × 0.30 = −$45.
        Assert.Equal(-45m, ProfitCalculator.FromTicks(TestSymbols.EurUsd, PositionSide.Sell, 1.08450m, 1.08600m, 0.30m));
    }

    [Fact]
    public void FromContract_UsdJpySellFiftyPips_IsYenConvertedAtTheClose()
    {
        // Sell 1 lot at 150.500, close at 150.000: 0.500 × 100,000 = ¥50,000 / 150.000 = $333.33.
        var profit = ProfitCalculator.FromContract(TestSymbols.UsdJpy, PositionSide.Sell, 150.500m, 150.000m, 1m, 1m / TestSymbols.UsdJpyRate);

        Assert.Equal(333.33m, Math.Round(profit, 2));
    }

    [Fact]
    public void FromTicks_UsdJpySellFiftyPips_UsesTheTickValueAt150()
    {
        // 500 ticks × $0.6667 × 1 lot = $333.33.
        var profit = ProfitCalculator.FromTicks(TestSymbols.UsdJpy, PositionSide.Sell, 150.500m, 150.000m, 1m);

        Assert.Equal(333.33m, Math.Round(profit, 2));
    }

    [Fact]
    public void FromContract_XauUsdOneDollarMove_IsOneHundredDollarsPerLot()
    {
        // $1 × 100 oz × 1 lot = $100.
        Assert.Equal(100m, ProfitCalculator.FromContract(TestSymbols.XauUsd, PositionSide.Buy, 2650.40m, 2651.40m, 1m, 1m));
    }

    [Fact]
    public void FromContract_Ger40FiftyPoints_IsEurosConvertedToDollars()
    {
        // 19,500.00 − 19,450.00 = 50 × 1 (contract) × 1 lot = €50 × 1.08450 = $54.225.
        Assert.Equal(54.225m, ProfitCalculator.FromContract(TestSymbols.Ger40, PositionSide.Buy, 19_450.00m, 19_500.00m, 1m, TestSymbols.EurUsdRate));
    }

    public static TheoryData<SymbolInfo, PositionSide, decimal, decimal, decimal, decimal> Trades => new()
    {
        { TestSymbols.EurUsd, PositionSide.Buy, 1.08450m, 1.08123m, 0.37m, 1m },
        { TestSymbols.UsdJpy, PositionSide.Sell, 150.500m, 150.000m, 2.5m, 1m / TestSymbols.UsdJpyRate },
        { TestSymbols.XauUsd, PositionSide.Sell, 2650.40m, 2612.15m, 0.05m, 1m },
        { TestSymbols.Us500, PositionSide.Buy, 5905.50m, 5931.25m, 3.3m, 1m },
        { TestSymbols.Ger40, PositionSide.Sell, 19_450.00m, 19_512.30m, 0.7m, TestSymbols.EurUsdRate },
    };

    [Theory]
    [MemberData(nameof(Trades))]
    public void FromTicks_AnySymbol_AgreesWithFromContract(SymbolInfo symbol, PositionSide side, decimal open, decimal close, decimal volume, decimal rate)
    {
        var byTicks = ProfitCalculator.FromTicks(symbol, side, open, close, volume);
        var byContract = ProfitCalculator.FromContract(symbol, side, open, close, volume, rate);

        Assert.Equal(Math.Round(byContract, 2), Math.Round(byTicks, 2));
        Assert.NotEqual(0m, byTicks);
    }

    [Theory]
    [InlineData(0.001, 100_000, 1, 100)] // USDJPY tick on a JPY account: ¥100
    [InlineData(0.01, 100, 1, 1)] // XAUUSD: $1
    [InlineData(0.01, 1, 1, 0.01)] // US500: $0.01
    public void TickValue_TickTimesContractTimesRate_MatchesMt5(double tickSize, double contractSize, double rate, double expected)
    {
        Assert.Equal((decimal)expected, ProfitCalculator.TickValue((decimal)tickSize, (decimal)contractSize, (decimal)rate));
    }

    [Fact]
    public void TickValue_UsdJpyOnUsdAccount_DependsOnTheRate()
    {
        // 0.001 × 100,000 / 150.000 = $0.6667.
        Assert.Equal(0.6667m, Math.Round(TestSymbols.UsdJpy.TickValue, 4));
    }

    [Fact]
    public void FromTicks_ZeroVolume_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProfitCalculator.FromTicks(TestSymbols.EurUsd, PositionSide.Buy, 1m, 2m, 0m));
    }
}

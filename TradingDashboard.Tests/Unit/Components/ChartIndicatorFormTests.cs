using TradingDashboard.Components.Pages.Chart;
using TradingDashboard.Components.Shared.Chart;
using TradingDashboard.Core.Indicators.Catalog;

namespace TradingDashboard.Tests.Unit.Components;

public sealed class ChartIndicatorFormTests
{
    [Fact]
    public void Validate_OutOfRangeAndFractionalPeriods_NameEachField()
    {
        var macd = IndicatorCatalog.Get("MACD");
        var values = new Dictionary<string, double?> { ["fastPeriod"] = 0, ["slowPeriod"] = 26.5, ["signalPeriod"] = null };

        var errors = IndicatorDialog.Validate(macd, values);

        Assert.Equal("Must be between 1 and 500.", errors["fastPeriod"]);
        Assert.Equal("Must be a whole number.", errors["slowPeriod"]);
        Assert.Equal("Enter a number.", errors["signalPeriod"]);
    }

    [Fact]
    public void Validate_Defaults_HaveNoErrors()
    {
        foreach (var definition in IndicatorCatalog.All)
        {
            var values = definition.Parameters.ToDictionary(p => p.Name, p => (double?)p.Default);

            Assert.Empty(IndicatorDialog.Validate(definition, values));
        }
    }

    [Fact]
    public void Spec_Oscillators_UseTwoDecimalsAndLevels_PriceUnitsTheSymbolsDigits()
    {
        var rsi = IndicatorStyles.Spec(IndicatorCatalog.Get("RSI"), new Dictionary<string, double> { ["period"] = 14 }, 5);
        var macd = IndicatorStyles.Spec(IndicatorCatalog.Get("MACD"), new Dictionary<string, double>(), 5);
        var bands = IndicatorStyles.Spec(IndicatorCatalog.Get("BB"), new Dictionary<string, double> { ["period"] = 20, ["multiplier"] = 2 }, 3);

        Assert.Equal(("RSI 14", "Separate", 2), (rsi.Label, rsi.Pane, rsi.Digits));
        Assert.Equal([70.0, 30.0], rsi.Levels);
        Assert.Equal(("MACD 12 26 9", 5), (macd.Label, macd.Digits));
        Assert.Equal("histogram", macd.Lines[2].Style);
        Assert.Equal(("BB 20 2", "Price", 3), (bands.Label, bands.Pane, bands.Digits));
        Assert.Equal(["band", "line", "band"], bands.Lines.Select(l => l.Style));
    }
}

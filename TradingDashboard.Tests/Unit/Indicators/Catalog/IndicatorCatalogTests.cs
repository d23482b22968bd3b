using TradingDashboard.Core.Indicators.Bollinger;
using TradingDashboard.Core.Indicators.Catalog;
using TradingDashboard.Core.Indicators.Macd;
using TradingDashboard.Core.Indicators.Sma;

namespace TradingDashboard.Tests.Unit.Indicators.Catalog;

public class IndicatorCatalogTests
{
    private static readonly Dictionary<string, double> NoParameters = [];

    [Fact]
    public void All_Kinds_PriceOverlaysThenSeparatePanes()
    {
        Assert.Equal(
            ["SMA", "EMA", "WMA", "BB", "DONCHIAN", "PSAR", "RSI", "MACD", "STOCH", "ATR", "ADX"],
            IndicatorCatalog.All.Select(d => d.Kind));
        Assert.All(IndicatorCatalog.All.Take(6), d => Assert.Equal(IndicatorPane.Price, d.Pane));
        Assert.All(IndicatorCatalog.All.Skip(6), d => Assert.Equal(IndicatorPane.Separate, d.Pane));
    }

    [Fact]
    public void All_ParameterDefaults_WithinBoundsAndWholeWhereInteger()
    {
        Assert.All(IndicatorCatalog.All.SelectMany(d => d.Parameters), p =>
        {
            Assert.InRange(p.Default, p.Min, p.Max);
            Assert.True(p.Step > 0);
            Assert.True(!p.IsInteger || p.Default == Math.Floor(p.Default), p.Name);
        });
    }

    [Theory]
    [InlineData("SMA")]
    [InlineData("EMA")]
    [InlineData("WMA")]
    [InlineData("BB")]
    [InlineData("DONCHIAN")]
    [InlineData("PSAR")]
    [InlineData("RSI")]
    [InlineData("MACD")]
    [InlineData("STOCH")]
    [InlineData("ATR")]
    [InlineData("ADX")]
    public void Create_Defaults_OneValuePerLineAndValuesAfterWarmUp(string kind)
    {
        var lines = IndicatorCatalog.Create(kind, NoParameters);

        var values = QuoteFiles.Default.Select(b => lines.Next(b)).ToArray();

        Assert.Equal(lines.Definition.Parameters.Select(p => (p.Name, p.Default)), lines.Parameters.Select(p => (p.Key, p.Value)));
        Assert.All(values, v => Assert.Equal(lines.Definition.Lines.Count, v.Count));
        Assert.All(values[^1], v => Assert.True(v.HasValue && double.IsFinite(v.Value)));
    }

    [Fact]
    public void Create_MacdDefaults_EqualsMacdSeries()
    {
        var lines = IndicatorCatalog.Create("MACD", NoParameters);
        var expected = MacdSeries.Calculate(QuoteFiles.Default);

        var actual = QuoteFiles.Default.Select(b => lines.Next(b)).ToArray();

        Assert.Equal(expected.Select(r => new[] { r.Macd, r.Signal, r.Histogram }), actual);
    }

    [Fact]
    public void Create_GivenParameters_UsesThemAndDefaultsTheRest()
    {
        var lines = IndicatorCatalog.Create("bb", new Dictionary<string, double> { ["period"] = 10 });
        var expected = BollingerSeries.Calculate(QuoteFiles.Default, 10, 2);

        var actual = QuoteFiles.Default.Select(b => lines.Next(b)).ToArray();

        Assert.Equal(2, lines.Parameters["multiplier"]);
        Assert.Equal(expected.Select(r => new[] { r.Upper, r.Middle, r.Lower }), actual);
        Assert.Null(actual[8][1]);
        Assert.NotNull(actual[9][1]);
    }

    [Fact]
    public void Create_SmaPeriodFive_MatchesSeries()
    {
        var lines = IndicatorCatalog.Create("SMA", new Dictionary<string, double> { ["period"] = 5 });

        var actual = QuoteFiles.Default.Select(b => lines.Next(b)[0]);

        Assert.Equal(SmaSeries.Calculate(QuoteFiles.Default, 5).Select(r => r.Sma), actual);
    }

    [Fact]
    public void Create_UnknownKind_ThrowsArgumentExceptionListingKinds()
    {
        var error = Assert.Throws<ArgumentException>(() => IndicatorCatalog.Create("ICHIMOKU", NoParameters));

        Assert.Contains("ICHIMOKU", error.Message, StringComparison.Ordinal);
        Assert.Contains("MACD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_UnknownKind_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => IndicatorCatalog.Get("NOPE"));

    [Fact]
    public void Get_KindInAnyCase_ReturnsDefinition() =>
        Assert.Equal("RSI", IndicatorCatalog.Get("rsi").Kind);

    [Fact]
    public void Create_UnknownParameter_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => IndicatorCatalog.Create("RSI", new Dictionary<string, double> { ["length"] = 14 }));

        Assert.Contains("'length'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RSI", "period", 0)]
    [InlineData("RSI", "period", 501)]
    [InlineData("BB", "multiplier", 0)]
    [InlineData("PSAR", "step", double.NaN)]
    public void Create_ValueOutOfRange_ThrowsArgumentOutOfRange(string kind, string parameter, double value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorCatalog.Create(kind, new Dictionary<string, double> { [parameter] = value }));

        Assert.Contains(parameter, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FractionalPeriod_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => IndicatorCatalog.Create("EMA", new Dictionary<string, double> { ["period"] = 14.5 }));

        Assert.Contains("whole number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MacdFastNotBelowSlow_ThrowsNamingSlowPeriod()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            IndicatorCatalog.Create("MACD", new Dictionary<string, double> { ["fastPeriod"] = 30, ["slowPeriod"] = 26 }));

        Assert.Equal("slowPeriod", error.ParamName);
    }
}

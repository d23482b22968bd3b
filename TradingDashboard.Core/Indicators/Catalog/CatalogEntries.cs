using TradingDashboard.Core.Indicators.Adx;
using TradingDashboard.Core.Indicators.Atr;
using TradingDashboard.Core.Indicators.Bollinger;
using TradingDashboard.Core.Indicators.Donchian;
using TradingDashboard.Core.Indicators.Ema;
using TradingDashboard.Core.Indicators.Macd;
using TradingDashboard.Core.Indicators.ParabolicSar;
using TradingDashboard.Core.Indicators.Rsi;
using TradingDashboard.Core.Indicators.Sma;
using TradingDashboard.Core.Indicators.Stochastic;
using TradingDashboard.Core.Indicators.Streaming;
using TradingDashboard.Core.Indicators.Wma;

namespace TradingDashboard.Core.Indicators.Catalog;

/// <summary>The catalog's contents: one definition and factory per kind.</summary>
internal static class CatalogEntries
{
    public static readonly CatalogEntry[] All =
    [
        Entry("SMA", "Simple moving average", IndicatorPane.Price, [Period(20)], [new("sma", "SMA")],
            p => new SmaIndicator(p.Int("period")), r => [r.Sma]),
        Entry("EMA", "Exponential moving average", IndicatorPane.Price, [Period(20)], [new("ema", "EMA")],
            p => new EmaIndicator(p.Int("period")), r => [r.Ema]),
        Entry("WMA", "Weighted moving average", IndicatorPane.Price, [Period(20)], [new("wma", "WMA")],
            p => new WmaIndicator(p.Int("period")), r => [r.Wma]),
        Entry("BB", "Bollinger Bands", IndicatorPane.Price,
            [Period(20, minimum: 2), new("multiplier", "Std. deviations", 2, 0.1, 10, 0.1, IsInteger: false)],
            [new("upper", "Upper"), new("middle", "Middle"), new("lower", "Lower")],
            p => new BollingerIndicator(p.Int("period"), p.Real("multiplier")), r => [r.Upper, r.Middle, r.Lower]),
        Entry("DONCHIAN", "Donchian channels", IndicatorPane.Price, [Period(20)],
            [new("upper", "Upper"), new("center", "Center"), new("lower", "Lower")],
            p => new DonchianIndicator(p.Int("period")), r => [r.Upper, r.Center, r.Lower]),
        Entry("PSAR", "Parabolic SAR", IndicatorPane.Price,
            [new("step", "Acceleration step", 0.02, 0.001, 0.5, 0.001, IsInteger: false), new("maxFactor", "Max acceleration", 0.2, 0.01, 1, 0.01, IsInteger: false)],
            [new("sar", "SAR")],
            p => new ParabolicSarIndicator(p.Real("step"), p.Real("maxFactor")), r => [r.Sar]),
        Entry("RSI", "Relative strength index", IndicatorPane.Separate, [Period(14)], [new("rsi", "RSI")],
            p => new RsiIndicator(p.Int("period")), r => [r.Rsi]),
        Entry("MACD", "MACD", IndicatorPane.Separate,
            [Period(12, "fastPeriod", "Fast period"), Period(26, "slowPeriod", "Slow period", minimum: 2), Period(9, "signalPeriod", "Signal period")],
            [new("macd", "MACD"), new("signal", "Signal"), new("histogram", "Histogram", IsHistogram: true)],
            p => new MacdIndicator(p.Int("fastPeriod"), p.Int("slowPeriod"), p.Int("signalPeriod")), r => [r.Macd, r.Signal, r.Histogram]),
        Entry("STOCH", "Stochastic oscillator", IndicatorPane.Separate,
            [Period(14), Period(3, "smoothPeriod", "%K smoothing"), Period(3, "signalPeriod", "%D period")],
            [new("k", "%K"), new("d", "%D")],
            p => new StochasticIndicator(p.Int("period"), p.Int("signalPeriod"), p.Int("smoothPeriod")), r => [r.K, r.D]),
        Entry("ATR", "Average true range", IndicatorPane.Separate, [Period(14)], [new("atr", "ATR")],
            p => new AtrIndicator(p.Int("period")), r => [r.Atr]),
        Entry("ADX", "Average directional index", IndicatorPane.Separate, [Period(14, minimum: 2)],
            [new("adx", "ADX"), new("plusDi", "+DI"), new("minusDi", "−DI")],
            p => new AdxIndicator(p.Int("period")), r => [r.Adx, r.PlusDi, r.MinusDi]),
    ];

    private static IndicatorParameter Period(double defaultValue, string name = "period", string label = "Period", double minimum = 1) =>
        new(name, label, defaultValue, minimum, 500, 1, IsInteger: true);

    private static CatalogEntry Entry<TResult>(
        string kind,
        string name,
        IndicatorPane pane,
        IndicatorParameter[] parameters,
        IndicatorLine[] lines,
        Func<ResolvedParameters, StreamingIndicator<TResult>> create,
        Func<TResult, double?[]> project)
    {
        var definition = new IndicatorDefinition(kind, name, pane, parameters, lines);
        return new CatalogEntry(definition, p => new StreamingLines<TResult>(definition, p.Values, create(p), project));
    }
}

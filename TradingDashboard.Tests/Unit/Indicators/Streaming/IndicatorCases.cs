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
using TradingDashboard.Core.Indicators.Wma;

namespace TradingDashboard.Tests.Unit.Indicators.Streaming;

/// <summary>Every indicator, every field of its result, with the reference parameters.</summary>
internal static class IndicatorCases
{
    public static readonly IReadOnlyDictionary<string, IndicatorCase> All = new IndicatorCase[]
    {
        IndicatorCase.Of("SMA", b => SmaSeries.Calculate(b, 20), () => new SmaIndicator(20), r => [r.Sma]),
        IndicatorCase.Of("EMA", b => EmaSeries.Calculate(b, 20), () => new EmaIndicator(20), r => [r.Ema]),
        IndicatorCase.Of("WMA", b => WmaSeries.Calculate(b, 20), () => new WmaIndicator(20), r => [r.Wma]),
        IndicatorCase.Of("RSI", b => RsiSeries.Calculate(b, 14), () => new RsiIndicator(14), r => [r.Rsi]),
        IndicatorCase.Of("MACD", b => MacdSeries.Calculate(b), () => new MacdIndicator(), r => [r.Macd, r.Signal, r.Histogram]),
        IndicatorCase.Of("BB", b => BollingerSeries.Calculate(b, 20, 2), () => new BollingerIndicator(20, 2), r => [r.Middle, r.Upper, r.Lower, r.PercentB, r.Width]),
        IndicatorCase.Of("ATR", b => AtrSeries.Calculate(b, 14), () => new AtrIndicator(14), r => [r.TrueRange, r.Atr]),
        IndicatorCase.Of("STOCH", b => StochasticSeries.Calculate(b), () => new StochasticIndicator(), r => [r.K, r.D]),
        IndicatorCase.Of("ADX", b => AdxSeries.Calculate(b, 14), () => new AdxIndicator(14), r => [r.PlusDi, r.MinusDi, r.Dx, r.Adx]),
        IndicatorCase.Of("DONCHIAN", b => DonchianSeries.Calculate(b, 20), () => new DonchianIndicator(20), r => [r.Upper, r.Center, r.Lower, r.Width]),
        IndicatorCase.Of("PSAR", b => ParabolicSarSeries.Calculate(b), () => new ParabolicSarIndicator(), r => [r.Sar, r.IsReversal is { } x ? (x ? 1 : 0) : null]),
    }.ToDictionary(c => c.Name);

    public static TheoryData<string, string> EveryIndicatorOnEveryFile()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in All.Keys)
        {
            foreach (var file in QuoteFiles.Names)
            {
                data.Add(name, file);
            }
        }

        return data;
    }
}

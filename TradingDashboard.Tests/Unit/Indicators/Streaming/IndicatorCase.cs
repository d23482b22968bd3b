using TradingDashboard.Core.Indicators;
using TradingDashboard.Core.Indicators.Streaming;

namespace TradingDashboard.Tests.Unit.Indicators.Streaming;

/// <summary>One configured indicator seen as rows of values, in its whole-series form and its streaming form.</summary>
internal sealed record IndicatorCase(
    string Name,
    Func<IReadOnlyList<OhlcvBar>, double?[][]> Series,
    Func<Func<OhlcvBar, double?[]>> Streaming)
{
    public static IndicatorCase Of<TResult>(
        string name,
        Func<IReadOnlyList<OhlcvBar>, IReadOnlyList<TResult>> series,
        Func<StreamingIndicator<TResult>> create,
        Func<TResult, double?[]> project) =>
        new(name, bars => [.. series(bars).Select(project)], () =>
        {
            var indicator = create();
            return bar => project(indicator.Add(bar));
        });
}

using TradingDashboard.Core.Indicators.Streaming;

namespace TradingDashboard.Core.Indicators.Catalog;

/// <summary>An indicator's streaming form behind the catalog's uniform face.</summary>
internal sealed class StreamingLines<TResult>(
    IndicatorDefinition definition,
    IReadOnlyDictionary<string, double> parameters,
    StreamingIndicator<TResult> indicator,
    Func<TResult, double?[]> lines) : IStreamingLines
{
    public IndicatorDefinition Definition => definition;

    public IReadOnlyDictionary<string, double> Parameters => parameters;

    public IReadOnlyList<double?> Next(in OhlcvBar bar) => lines(indicator.Add(bar));
}

using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Candles;

/// <summary>One holder's lease; disposing it twice releases once.</summary>
internal sealed class CandleSeriesLease(CandleSeriesService owner, SeriesEntry entry) : ICandleSeriesLease
{
    private int _disposed;

    public CandleSeriesKey Key { get; } = entry.Key with { Symbol = entry.Symbol };

    public int Digits => entry.Digits;

    public IReadOnlyList<Candle> Snapshot() => entry.Series.Snapshot();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await owner.ReleaseAsync(entry).ConfigureAwait(false);
        }
    }
}

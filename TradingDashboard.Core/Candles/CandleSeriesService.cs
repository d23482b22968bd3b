using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Connectors.Mt5Bridge;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Core.Candles;

/// <summary>
/// Reference-counted series per key: the first lease opens the series (and its one set of bridge
/// subscriptions), later ones join it, and the last one to leave closes it. A failed open leaves
/// no holder behind, so the next attempt starts afresh.
/// </summary>
internal sealed class CandleSeriesService : ICandleSeriesService, IAsyncDisposable, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<CandleSeriesKey, SeriesEntry> _entries = [];
    private readonly IAccountAccess _access;
    private readonly Mt5MarketDataClient _bridge;
    private readonly CandleSeriesContext _context;

    private static readonly TimeSpan ShutdownRelease = TimeSpan.FromSeconds(3);

    public CandleSeriesService(
        IAccountAccess access, IMarketHub hub, Mt5MarketDataClient bridge, IOptions<CandlesOptions> options, TimeProvider time, ILogger<CandleSeriesService> logger)
    {
        _access = access;
        _bridge = bridge;
        _context = new CandleSeriesContext(hub, bridge, options.Value, time, logger, new ConditionalWeakTable<CandleBarUpdate, object>());
    }

    public async Task<ICandleSeriesLease> OpenAsync(AccessUser user, Guid accountId, string symbol, Timeframe timeframe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        if (!Enum.IsDefined(timeframe))
        {
            throw new ArgumentOutOfRangeException(nameof(timeframe), timeframe, "Unknown timeframe.");
        }

        var account = _access.Demand(user, accountId, "candles.open");
        var key = new CandleSeriesKey(accountId, symbol.Trim(), timeframe);
        SeriesEntry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                entry = new SeriesEntry(key, account.BrokerLogin, _context);
                _entries.Add(key, entry);
                entry.Start();
            }

            entry.Holders++;
        }

        try
        {
            await entry.Opened.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            Forget(entry);
            await ReleaseAsync(entry).ConfigureAwait(false);
            throw;
        }

        return new CandleSeriesLease(this, entry);
    }

    public async Task<IReadOnlyList<SymbolListing>> ListSymbolsAsync(AccessUser user, Guid accountId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var account = _access.Demand(user, accountId, "candles.symbols");
        var symbols = await _bridge.GetSymbolsAsync(account.BrokerLogin, cancellationToken).ConfigureAwait(false);
        return [.. symbols.Select(s => new SymbolListing(s.Name!, s.Digits!.Value, s.Description))];
    }

    /// <summary>Drops one holder; the last one closes the series.</summary>
    internal async Task ReleaseAsync(SeriesEntry entry)
    {
        lock (_gate)
        {
            if (--entry.Holders > 0)
            {
                return;
            }

            RemoveIfCurrent(entry);
        }

        await entry.CloseAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Host shutdown: an external bridge outlives this host, so its subscriptions are released,
    /// within <see cref="ShutdownRelease"/>; what has not finished by then is abandoned.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        var open = TakeAll();
        var closing = Task.WhenAll(open.Select(entry => entry.CloseAsync()));
        if (await Task.WhenAny(closing, Task.Delay(ShutdownRelease)).ConfigureAwait(false) != closing)
        {
            foreach (var entry in open)
            {
                entry.Abandon();
            }
        }
    }

    /// <summary>Synchronous disposal (no async scope): stops every feed without calling the bridge.</summary>
    public void Dispose()
    {
        foreach (var entry in TakeAll())
        {
            entry.Abandon();
        }
    }

    private List<SeriesEntry> TakeAll()
    {
        lock (_gate)
        {
            List<SeriesEntry> open = [.. _entries.Values];
            _entries.Clear();
            return open;
        }
    }

    // A failed open must not be joined by the next viewer: it starts a fresh one instead.
    private void Forget(SeriesEntry entry)
    {
        if (entry.Opened.IsFaulted || entry.Opened.IsCanceled)
        {
            lock (_gate)
            {
                RemoveIfCurrent(entry);
            }
        }
    }

    private void RemoveIfCurrent(SeriesEntry entry)
    {
        if (_entries.TryGetValue(entry.Key, out var current) && ReferenceEquals(current, entry))
        {
            _entries.Remove(entry.Key);
        }
    }
}

using TradingDashboard.Core.Connectors.Mt5Bridge;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Core.Candles;

/// <summary>
/// One open series and everything it holds: the bridge's price and candle subscriptions (plus M1
/// for a higher timeframe, to aggregate when the bridge sends only M1), the hub subscriptions
/// that keep it live, and the bars. Opened once for all its holders; a failed open releases
/// whatever it had acquired before the error reaches them.
/// </summary>
internal sealed class SeriesEntry(CandleSeriesKey key, string login, CandleSeriesContext context) : IDisposable
{
    private static readonly object Marker = new();
    private readonly CancellationTokenSource _lifetime = new();
    private readonly List<IMarketSubscription> _subscriptions = [];
    private readonly List<Timeframe?> _held = [];
    private readonly List<Task> _feeds = [];
    private Task? _opening;
    private CandleAggregator? _aggregator;
    private volatile bool _native;
    private int _closed;

    public CandleSeriesKey Key { get; } = key;

    /// <summary>Viewers and bots holding the series; guarded by the service's lock.</summary>
    public int Holders { get; set; }

    /// <summary>The symbol in the broker's casing, once open.</summary>
    public string Symbol { get; private set; } = key.Symbol;

    public int Digits { get; private set; }

    public CandleSeries Series { get; } = new(context.Options.MaxBars);

    /// <summary>Completes when the series is live; faults with the reason it could not open.</summary>
    public Task Opened => _opening ?? throw new InvalidOperationException("The series was not started.");

    public void Start() => _opening = Task.Run(() => OpenAsync(_lifetime.Token));

    /// <summary>Stops the feeds and releases the bridge subscriptions; once, whoever calls.</summary>
    public async Task CloseAsync()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 1)
        {
            return;
        }

        using (this)
        {
            await _lifetime.CancelAsync().ConfigureAwait(false);
            try
            {
                await Opened.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The failed open released what it held, and its holders saw the error.
                return;
            }

            await Task.WhenAll(_feeds).ConfigureAwait(false);
            DisposeSubscriptions();
            await ReleaseBridgeAsync().ConfigureAwait(false);
            context.Logger.SeriesClosed(Symbol, Key.Timeframe, Key.AccountId);
        }
    }

    public void Dispose() => _lifetime.Dispose();

    /// <summary>Host shutdown: stops the feeds without calling the bridge.</summary>
    public void Abandon()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            _lifetime.Cancel();
            DisposeSubscriptions();
        }
    }

    private async Task OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            var listing = await FindSymbolAsync(cancellationToken).ConfigureAwait(false);
            (Symbol, Digits) = (listing.Name!, listing.Digits!.Value);
            var group = GroupKeys.Candles(Key.AccountId, Symbol, Key.Timeframe);
            var native = Subscribe(group);
            var minutes = Key.Timeframe == Timeframe.M1 ? null : Subscribe(GroupKeys.Candles(Key.AccountId, Symbol, Timeframe.M1));
            await HoldAsync(null, cancellationToken).ConfigureAwait(false);
            await HoldAsync(Key.Timeframe, cancellationToken).ConfigureAwait(false);
            if (minutes is not null)
            {
                await HoldAsync(Timeframe.M1, cancellationToken).ConfigureAwait(false);
            }

            var loadedAt = context.Time.GetUtcNow();
            var history = await context.Bridge.GetRatesAsync(login, Symbol, Key.Timeframe, context.Options.HistoryBars, cancellationToken).ConfigureAwait(false);
            Series.Load(history.Rates!.Select((r, i) => ToCandle(r, i == history.Rates!.Count - 1)));
            if (minutes is not null)
            {
                _aggregator = new CandleAggregator(Key.Timeframe);
                if (Series.Last is { IsComplete: false } forming)
                {
                    _aggregator.Resume(forming, loadedAt);
                }

                _feeds.Add(FeedAsync(minutes, u => ApplyMinute(u, group), _lifetime.Token));
            }

            _feeds.Add(FeedAsync(native, ApplyNative, _lifetime.Token));
            context.Logger.SeriesOpened(Symbol, Key.Timeframe, Key.AccountId, login, history.Rates!.Count);
        }
        catch (Exception e)
        {
            DisposeSubscriptions();
            await ReleaseBridgeAsync().ConfigureAwait(false);
            context.Logger.SeriesOpenFailed(e, Key.Symbol, Key.Timeframe, Key.AccountId);
            throw;
        }
    }

    private async Task<Mt5Symbol> FindSymbolAsync(CancellationToken cancellationToken)
    {
        var symbols = await context.Bridge.GetSymbolsAsync(login, cancellationToken).ConfigureAwait(false);
        return symbols.FirstOrDefault(s => string.Equals(s.Name, Key.Symbol, StringComparison.Ordinal))
            ?? symbols.FirstOrDefault(s => string.Equals(s.Name, Key.Symbol, StringComparison.OrdinalIgnoreCase))
            ?? throw new BridgeUnavailableException($"The bridge does not list symbol {Key.Symbol} for login {login}.", System.Net.HttpStatusCode.NotFound);
    }

    private IMarketSubscription Subscribe(string group)
    {
        var subscription = context.Hub.Subscribe(MarketTopic.Group(group));
        _subscriptions.Add(subscription);
        return subscription;
    }

    /// <param name="timeframe">Null for the price subscription.</param>
    /// <remarks>
    /// Cancellation is checked only between calls: a subscribe aborted in flight may already be
    /// counted by the bridge and would never be released. The client's own timeout still bounds it.
    /// </remarks>
    private async Task HoldAsync(Timeframe? timeframe, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _ = timeframe is { } candles
            ? await context.Bridge.SubscribeCandlesAsync(login, Symbol, candles, CancellationToken.None).ConfigureAwait(false)
            : await context.Bridge.SubscribePriceAsync(login, Symbol, CancellationToken.None).ConfigureAwait(false);
        _held.Add(timeframe);
    }

    // Never with the caller's token: a release must happen even when whoever triggered it gave up.
    private async Task ReleaseBridgeAsync()
    {
        for (var i = _held.Count - 1; i >= 0; i--)
        {
            try
            {
                _ = _held[i] is { } candles
                    ? await context.Bridge.UnsubscribeCandlesAsync(login, Symbol, candles, CancellationToken.None).ConfigureAwait(false)
                    : await context.Bridge.UnsubscribePriceAsync(login, Symbol, CancellationToken.None).ConfigureAwait(false);
            }
            catch (BridgeUnavailableException e)
            {
                context.Logger.ReleaseFailed(e, _held[i] is { } tf ? $"candles {tf}" : "price", Symbol, login);
            }
        }

        _held.Clear();
    }

    private void DisposeSubscriptions()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }

    private void ApplyNative(CandleBarUpdate update)
    {
        if (context.Aggregated.TryGetValue(update, out _))
        {
            return;
        }

        if (_aggregator is not null && !_native)
        {
            _native = true;
            context.Logger.NativeBarsArrived(Key.Timeframe, Symbol, Key.AccountId);
        }

        Series.Apply(update.Candle);
    }

    // Native bars win: once the bridge sends this timeframe itself, aggregation stops for good.
    private void ApplyMinute(CandleBarUpdate update, string group)
    {
        if (_native || _aggregator is null)
        {
            return;
        }

        foreach (var bar in _aggregator.Apply(update.Candle with { AccountId = Key.AccountId, Symbol = Symbol }))
        {
            Series.Apply(bar);
            var published = new CandleBarUpdate(group, context.Time.GetUtcNow(), bar);
            context.Aggregated.AddOrUpdate(published, Marker);
            context.Hub.Publish(published);
        }
    }

    private async Task FeedAsync(IMarketSubscription subscription, Action<CandleBarUpdate> apply, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                foreach (var update in (await subscription.ReadAsync(cancellationToken).ConfigureAwait(false)).OfType<CandleBarUpdate>())
                {
                    // One bad bar must not freeze the series for every holder: log it and keep reading.
                    try
                    {
                        apply(update);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        context.Logger.FeedFailed(e, Symbol, Key.Timeframe, Key.AccountId);
                    }
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException && cancellationToken.IsCancellationRequested)
        {
            // Closed.
        }
        catch (Exception e)
        {
            context.Logger.FeedFailed(e, Symbol, Key.Timeframe, Key.AccountId);
        }
    }

    private Candle ToCandle(Mt5Rate rate, bool isLast) => new(
        Key.AccountId, Symbol, Key.Timeframe, DateTimeOffset.FromUnixTimeSeconds(rate.Time),
        rate.Open, rate.High, rate.Low, rate.Close, rate.TickVolume, rate.Spread, rate.RealVolume, rate.Complete ?? !isLast);
}

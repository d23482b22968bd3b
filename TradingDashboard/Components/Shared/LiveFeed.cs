using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Components.Shared;

/// <summary>
/// Pumps one hub subscription into a component. The read loop hands each batch to the
/// component, then pauses so a widget renders at most <see cref="MaxRendersPerSecond"/> times a
/// second; meanwhile the subscription's buffer keeps the newest value per key, so a pause only
/// skips intermediate values. A clock refreshes the widget at least once a second so ages keep
/// counting when no data arrives.
/// </summary>
/// <remarks>
/// The callbacks are expected to marshal onto the circuit (<c>InvokeAsync</c>); the loops run on
/// the thread pool and never touch component state themselves. Faults in a callback are logged
/// and the loop carries on: bad data must not take the circuit down.
/// </remarks>
public sealed partial class LiveFeed : IDisposable
{
    public const int MaxRendersPerSecond = 10;

    public static readonly TimeSpan MinRenderInterval = TimeSpan.FromMilliseconds(1000 / MaxRendersPerSecond);

    public static readonly TimeSpan ClockInterval = TimeSpan.FromSeconds(1);

    private readonly IMarketSubscription _subscription;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop = new();
    private long _lastDelivery;
    private int _started;

    public LiveFeed(IMarketSubscription subscription, ILogger logger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        _subscription = subscription;
        _logger = logger;
        _time = time;
    }

    public MarketTopic Topic => _subscription.Topic;

    public bool IsDisposed => _stop.IsCancellationRequested;

    /// <summary>
    /// Takes over a fresh subscription and applies the cached last values at once, so the first
    /// render already shows them. When <paramref name="interactive"/> (not prerendering) the feed
    /// is started and returned for the component to dispose; otherwise the subscription is closed
    /// again and <see langword="null"/> returned.
    /// </summary>
    /// <param name="subscription">A subscription just opened (hub or secured feed); the feed owns it from here.</param>
    /// <param name="apply">Folds updates into the component's state; always called on the circuit.</param>
    /// <param name="invoke">The component's <c>InvokeAsync</c>.</param>
    /// <param name="render">The component's <c>StateHasChanged</c>.</param>
    public static LiveFeed? Open(
        IMarketSubscription subscription,
        ILogger logger,
        TimeProvider time,
        bool interactive,
        Action<IReadOnlyList<MarketUpdate>> apply,
        Func<Action, Task> invoke,
        Action render)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(apply);
        ArgumentNullException.ThrowIfNull(invoke);
        var topic = subscription.Topic;
        var feed = new LiveFeed(subscription, logger, time);
        try
        {
            apply(feed.TakePending());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogDeliveryFailed(logger, ex, topic.Key);
        }

        if (!interactive)
        {
            feed.Dispose();
            return null;
        }

        // A batch queued on the circuit before Dispose must not land in a widget that has since
        // switched to another account: check again once on the circuit.
        feed.Start(
            batch => invoke(() =>
            {
                if (!feed.IsDisposed)
                {
                    apply(batch);
                    render();
                }
            }),
            () => invoke(() =>
            {
                if (!feed.IsDisposed)
                {
                    render();
                }
            }));
        return feed;
    }

    /// <summary>Completes when both loops have stopped (after <see cref="Dispose"/>).</summary>
    public Task Completion { get; private set; } = Task.CompletedTask;

    /// <summary>What is pending right now (the cached last values just after subscribing), for a first render without waiting.</summary>
    public IReadOnlyList<MarketUpdate> TakePending() => _subscription.Drain();

    /// <summary>Starts the read loop and the clock. Call once, from an interactive render only.</summary>
    /// <param name="deliver">Applies a batch and renders; called at most <see cref="MaxRendersPerSecond"/> times a second.</param>
    /// <param name="refresh">Renders without new data, when nothing was delivered for a <see cref="ClockInterval"/>.</param>
    public void Start(Func<IReadOnlyList<MarketUpdate>, Task> deliver, Func<Task> refresh)
    {
        ArgumentNullException.ThrowIfNull(deliver);
        ArgumentNullException.ThrowIfNull(refresh);
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            throw new InvalidOperationException("The feed is already started.");
        }

        var token = _stop.Token;
        Completion = Task.WhenAll(
            Task.Run(() => ReadLoopAsync(deliver, token), CancellationToken.None),
            Task.Run(() => ClockLoopAsync(refresh, token), CancellationToken.None));
    }

    public void Dispose()
    {
        // The token source is only cancelled, never disposed: the loops may still be reading its token.
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        _stop.Cancel();
        _subscription.Dispose();
    }

    private async Task ReadLoopAsync(Func<IReadOnlyList<MarketUpdate>, Task> deliver, CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            try
            {
                var batch = await _subscription.ReadAsync(token).ConfigureAwait(false);
                Volatile.Write(ref _lastDelivery, _time.GetTimestamp());
                await deliver(batch).ConfigureAwait(false);
                await Task.Delay(MinRenderInterval, _time, token).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsStopping(ex, token))
            {
                return;
            }
            catch (Exception ex)
            {
                LogDeliveryFailed(_logger, ex, _subscription.Topic.Key);
                await PauseAsync(token).ConfigureAwait(false);
            }
        }
    }

    private async Task ClockLoopAsync(Func<Task> refresh, CancellationToken token)
    {
        using var timer = new PeriodicTimer(ClockInterval, _time);
        while (!token.IsCancellationRequested)
        {
            try
            {
                if (!await timer.WaitForNextTickAsync(token).ConfigureAwait(false))
                {
                    return;
                }

                // A delivery within the last tick already rendered fresh ages.
                if (_time.GetElapsedTime(Volatile.Read(ref _lastDelivery)) >= ClockInterval)
                {
                    await refresh().ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (IsStopping(ex, token))
            {
                return;
            }
            catch (Exception ex)
            {
                LogRefreshFailed(_logger, ex, _subscription.Topic.Key);
            }
        }
    }

    private async Task PauseAsync(CancellationToken token)
    {
        try
        {
            await Task.Delay(ClockInterval, _time, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    // A disposed subscription or circuit ends the loop quietly; anything else is a fault.
    private static bool IsStopping(Exception ex, CancellationToken token) =>
        ex is ObjectDisposedException || (ex is OperationCanceledException && token.IsCancellationRequested);

    [LoggerMessage(Level = LogLevel.Error, Message = "Applying live updates for {Topic} failed; the widget keeps its last values")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string topic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing ages for {Topic} failed")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, string topic);
}

using TradingDashboard.Components.Shared;

namespace TradingDashboard.Components.Pages.Positions;

/// <summary>
/// Coalesces render requests from several live feeds into at most
/// <see cref="LiveFeed.MaxRendersPerSecond"/> renders a second: a request inside the interval
/// schedules one render at its end, and requests meanwhile join it.
/// </summary>
/// <remarks>Requests come from the circuit (inside <c>InvokeAsync</c>); the delayed render goes back through it.</remarks>
public sealed class RenderThrottle(Func<Action, Task> invoke, Action render, TimeProvider time) : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private long _last;
    private bool _pending;

    public void Request()
    {
        if (_pending || _stop.IsCancellationRequested)
        {
            return;
        }

        var since = _last == 0 ? LiveFeed.MinRenderInterval : time.GetElapsedTime(_last);
        if (since >= LiveFeed.MinRenderInterval)
        {
            Render();
            return;
        }

        _pending = true;
        _ = RenderLaterAsync(LiveFeed.MinRenderInterval - since, _stop.Token);
    }

    public void Dispose()
    {
        // Cancelled, never disposed: a delayed render may still be reading the token.
        _stop.Cancel();
    }

    private async Task RenderLaterAsync(TimeSpan wait, CancellationToken token)
    {
        try
        {
            await Task.Delay(wait, time, token).ConfigureAwait(false);
            await invoke(() =>
            {
                _pending = false;
                if (!token.IsCancellationRequested)
                {
                    Render();
                }
            }).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            // The page is gone.
        }
    }

    private void Render()
    {
        _last = time.GetTimestamp();
        render();
    }
}

using System.Collections.Concurrent;

namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>The bridge's headless side: pollers, subscriptions and publish activity, per login.</summary>
internal sealed class HeadlessState
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _pollers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AccountActivity> _activity = new(StringComparer.Ordinal);

    public SubscriptionRegistry Subscriptions { get; } = new();

    /// <returns>False when the poller was already running; <paramref name="startedAt"/> is then its first start.</returns>
    public bool TryStartPoller(string login, DateTimeOffset now, out DateTimeOffset startedAt)
    {
        var started = _pollers.TryAdd(login, now);
        startedAt = _pollers[login];
        return started;
    }

    public DateTimeOffset? PollerStartedAt(string login) => _pollers.TryGetValue(login, out var at) ? at : null;

    public AccountActivity Activity(string login) => _activity.GetOrAdd(login, _ => new AccountActivity());
}

namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>
/// Reference counts of headless subscriptions: every viewer or bot adds one, and the stream
/// stops when the last one leaves. Releasing a subscription nobody holds is refused, so a
/// caller's counting bug shows up instead of being hidden.
/// </summary>
internal sealed class SubscriptionRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<SubscriptionKey, int> _counts = [];

    /// <returns>The count after adding.</returns>
    public int Add(SubscriptionKey key)
    {
        lock (_gate)
        {
            var count = _counts.GetValueOrDefault(key) + 1;
            _counts[key] = count;
            return count;
        }
    }

    /// <returns>The count after releasing; null when nothing was held, and then nothing changes.</returns>
    public int? Release(SubscriptionKey key)
    {
        lock (_gate)
        {
            if (!_counts.TryGetValue(key, out var count))
            {
                return null;
            }

            if (--count == 0)
            {
                _counts.Remove(key);
            }
            else
            {
                _counts[key] = count;
            }

            return count;
        }
    }

    public int CountOf(SubscriptionKey key)
    {
        lock (_gate)
        {
            return _counts.GetValueOrDefault(key);
        }
    }

    /// <summary>Every held subscription of one account, ordered by symbol then timeframe.</summary>
    public IReadOnlyList<KeyValuePair<SubscriptionKey, int>> For(string login)
    {
        lock (_gate)
        {
            return [.. _counts.Where(c => string.Equals(c.Key.Login, login, StringComparison.Ordinal))
                .OrderBy(c => c.Key.Symbol, StringComparer.Ordinal)
                .ThenBy(c => c.Key.Timeframe)];
        }
    }
}

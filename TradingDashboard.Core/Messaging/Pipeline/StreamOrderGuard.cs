using System.Collections.Concurrent;

namespace TradingDashboard.Core.Messaging.Pipeline;

/// <summary>
/// Latest-wins ordering per stream: an update older than the newest one applied on the same
/// stream is stale and dropped. Equal positions are accepted (two ticks in one millisecond).
/// </summary>
internal sealed class StreamOrderGuard
{
    private readonly ConcurrentDictionary<string, StreamPosition> _positions = new(StringComparer.Ordinal);

    /// <summary>Records <paramref name="position"/> if it is not older than the stream's newest; false when stale.</summary>
    public bool TryAdvance(string stream, StreamPosition position)
    {
        while (true)
        {
            if (!_positions.TryGetValue(stream, out var current))
            {
                if (_positions.TryAdd(stream, position))
                {
                    return true;
                }

                continue;
            }

            if (position.CompareTo(current) < 0)
            {
                return false;
            }

            if (_positions.TryUpdate(stream, position, current))
            {
                return true;
            }
        }
    }
}

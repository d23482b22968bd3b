using System.Collections.Concurrent;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Trading.Execution;

/// <summary>Symbol specifications per account and symbol (any casing) for a minute, "no such symbol" included.</summary>
internal sealed class SymbolCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(Guid AccountId, string Symbol), Entry> _entries = new();

    public async Task<SymbolInfo?> GetAsync(Guid accountId, string symbol, Func<CancellationToken, Task<SymbolInfo?>> load, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        ArgumentNullException.ThrowIfNull(load);
        var key = (accountId, symbol.Trim().ToUpperInvariant());
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var cached) && cached.ExpiresAt > now)
        {
            return cached.Symbol;
        }

        var loaded = await load(cancellationToken).ConfigureAwait(false);
        _entries[key] = new Entry(loaded, time.GetUtcNow() + Lifetime);
        return loaded;
    }

    private sealed record Entry(SymbolInfo? Symbol, DateTimeOffset ExpiresAt);
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TradingDashboard.Core.Trading.Gateway;

/// <summary>The resilience pipelines of every account, built on first use and kept for the process lifetime.</summary>
internal sealed class AccountResilienceRegistry(IOptions<TradingOptions> options, TimeProvider time, ILogger<AccountResilience> logger)
{
    private readonly ConcurrentDictionary<Guid, Lazy<AccountResilience>> _accounts = new();

    public AccountResilience For(Guid accountId) =>
        _accounts.GetOrAdd(accountId, id => new Lazy<AccountResilience>(() => new AccountResilience(id, options.Value, time, logger))).Value;

    /// <summary>The breaker without building pipelines for an account never called.</summary>
    public BreakerSnapshot Peek(Guid accountId) =>
        _accounts.TryGetValue(accountId, out var resilience) && resilience.IsValueCreated ? resilience.Value.Snapshot() : BreakerSnapshot.Closed;
}

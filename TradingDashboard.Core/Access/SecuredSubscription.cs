using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Core.Access;

/// <summary>
/// A hub subscription seen through the access policy. Updates of accounts the user may not use
/// are dropped at read time; a subscription to one account's topic disposes itself when access
/// to it ends, so a pending read throws <see cref="ObjectDisposedException"/>.
/// </summary>
internal sealed class SecuredSubscription : IMarketSubscription
{
    private readonly IMarketSubscription _inner;
    private readonly AccessUser _user;
    private readonly Guid? _accountId;
    private readonly IAccountAccess _access;
    private readonly Action<AccessUser, Guid, string> _onRevoked;
    private int _disposed;

    public SecuredSubscription(IMarketSubscription inner, AccessUser user, Guid? accountId, IAccountAccess access, Action<AccessUser, Guid, string> onRevoked)
    {
        _inner = inner;
        _user = user;
        _accountId = accountId;
        _access = access;
        _onRevoked = onRevoked;
        _access.Changed += Recheck;
    }

    public MarketTopic Topic => _inner.Topic;

    public long Dropped => _inner.Dropped;

    public async ValueTask<IReadOnlyList<MarketUpdate>> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            ThrowIfDisposed();
            var batch = await _inner.ReadAsync(cancellationToken).ConfigureAwait(false);

            // Values buffered before a revocation are not delivered after it.
            ThrowIfDisposed();
            var allowed = Filter(batch);
            if (allowed.Count > 0)
            {
                return allowed;
            }
        }
    }

    public IReadOnlyList<MarketUpdate> Drain()
    {
        ThrowIfDisposed();
        return Filter(_inner.Drain());
    }

    /// <summary>Closes the subscription when its account is no longer usable by the user.</summary>
    public void Recheck()
    {
        if (_accountId is { } id && Volatile.Read(ref _disposed) == 0 && !_access.CanAccess(_user, id))
        {
            Dispose();
            _onRevoked(_user, id, Topic.Key);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _access.Changed -= Recheck;
            _inner.Dispose();
        }
    }

    private IReadOnlyList<MarketUpdate> Filter(IReadOnlyList<MarketUpdate> batch)
    {
        if (batch.All(Allowed))
        {
            return batch;
        }

        return [.. batch.Where(Allowed)];
    }

    // Deny by default: an update whose key names no account is for admins only, so a new key shape can never leak across accounts.
    private bool Allowed(MarketUpdate update) =>
        GroupKeys.TryGetAccountId(update.GroupKey, out var id) ? _access.CanAccess(_user, id) : _user.IsAdmin;

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
}

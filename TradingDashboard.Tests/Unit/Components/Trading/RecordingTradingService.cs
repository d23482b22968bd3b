using System.Collections.Concurrent;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Tests.Unit.Components.Trading;

/// <summary>
/// Stands in for the trading service behind the ticket's sender: records every order it is asked
/// to place and answers with what the test scripts, when the test releases it. Only orders are supported.
/// </summary>
internal sealed class RecordingTradingService(Func<OpenOrderIntent, OrderOutcome> answer) : ITradingService
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<OpenOrderIntent> Placed { get; } = new();

    /// <summary>Orders wait for <see cref="Release"/> when true, as a broker round trip does.</summary>
    public bool Hold { get; init; }

    public void Release() => _release.TrySetResult();

    public async Task<OrderOutcome> PlaceOrderAsync(AccessUser user, OpenOrderIntent intent, CancellationToken cancellationToken)
    {
        Placed.Enqueue(intent);
        if (Hold)
        {
            await _release.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }

        return answer(intent);
    }

    public Task<OrderOutcome> ClosePositionAsync(AccessUser user, CloseIntent intent, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<OrderOutcome> ModifyPositionAsync(AccessUser user, ModifyIntent intent, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<OrderOutcome> CancelOrderAsync(AccessUser user, CancelIntent intent, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<OrderOutcome>> CloseAllAsync(AccessUser user, Guid accountId, string keyPrefix, TradeLineage lineage, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<BrokerAccountInfo> GetAccountInfoAsync(AccessUser user, Guid accountId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<BrokerPosition>> GetPositionsAsync(AccessUser user, Guid accountId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<BrokerPendingOrder>> GetPendingOrdersAsync(AccessUser user, Guid accountId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<SymbolInfo?> GetSymbolAsync(AccessUser user, Guid accountId, string symbol, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<BrokerCapabilities> GetCapabilitiesAsync(AccessUser user, Guid accountId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public TradingStatus GetStatus(AccessUser user, Guid accountId) => throw new NotSupportedException();

    public Task<int> ReconcileAsync(AccessUser user, Guid accountId, CancellationToken cancellationToken) => throw new NotSupportedException();
}

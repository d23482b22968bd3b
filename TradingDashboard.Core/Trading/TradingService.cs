using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Resilience;
using TradingDashboard.Core.Trading.Execution;
using TradingDashboard.Core.Trading.Gateway;
using TradingDashboard.Core.Trading.Reconciliation;

namespace TradingDashboard.Core.Trading;

/// <summary>
/// The platform-agnostic entry point to brokers. Each order intent is screened (access, key,
/// breaker), prepared (validate → risk), then recorded, sent once and settled by
/// <see cref="OrderExecutor"/>. Reads go through the account's read pipeline; faults surface as
/// <see cref="BrokerException"/>. A singleton: its state is per account and thread-safe.
/// </summary>
internal sealed class TradingService(
    IAccountAccess access,
    BrokerGateway broker,
    OrderPreparer preparer,
    OrderBook book,
    OrderExecutor executor,
    OrderReconciler reconciler,
    ILogger<TradingService> logger) : ITradingService
{
    public async Task<OrderOutcome> PlaceOrderAsync(AccessUser user, OpenOrderIntent intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var account = access.Demand(user, intent.AccountId, "trading.place");
        var kind = intent.Type == OrderType.Market ? OrderKind.Open : OrderKind.PlacePending;
        var problem = string.IsNullOrWhiteSpace(intent.Symbol) ? "A symbol is required." : null;
        return await RunAsync(account, kind, intent.IdempotencyKey, intent.Lineage, IntentSignature.For(intent), intent.ProfitTarget, problem, t => preparer.OpenAsync(account, intent, t), cancellationToken).ConfigureAwait(false);
    }

    public async Task<OrderOutcome> ClosePositionAsync(AccessUser user, CloseIntent intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var account = access.Demand(user, intent.AccountId, "trading.close");
        var kind = intent.Volume is null ? OrderKind.Close : OrderKind.PartialClose;
        return await RunAsync(account, kind, intent.IdempotencyKey, intent.Lineage, IntentSignature.For(intent), null, null, t => preparer.CloseAsync(account, intent, t), cancellationToken).ConfigureAwait(false);
    }

    public async Task<OrderOutcome> ModifyPositionAsync(AccessUser user, ModifyIntent intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var account = access.Demand(user, intent.AccountId, "trading.modify");
        return await RunAsync(account, OrderKind.Modify, intent.IdempotencyKey, intent.Lineage, IntentSignature.For(intent), null, null, t => preparer.ModifyAsync(account, intent, t), cancellationToken).ConfigureAwait(false);
    }

    public async Task<OrderOutcome> CancelOrderAsync(AccessUser user, CancelIntent intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var account = access.Demand(user, intent.AccountId, "trading.cancel");
        return await RunAsync(account, OrderKind.Cancel, intent.IdempotencyKey, intent.Lineage, IntentSignature.For(intent), null, null, t => preparer.CancelAsync(account, intent, t), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OrderOutcome>> CloseAllAsync(AccessUser user, Guid accountId, string keyPrefix, TradeLineage lineage, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyPrefix);
        var account = access.Demand(user, accountId, "trading.close-all");
        IReadOnlyList<BrokerPosition> positions;
        try
        {
            positions = await broker.ReadAsync(account, (c, t) => c.GetPositionsAsync(t), cancellationToken).ConfigureAwait(false);
        }
        catch (BrokerException e)
        {
            return [OrderOutcome.Refuse($"Close all was not started: {e.Message}")];
        }

        // One close intent per position, each with its own key, so a repeated "close all" never closes twice.
        var outcomes = new List<OrderOutcome>(positions.Count);
        foreach (var position in positions)
        {
            var intent = new CloseIntent(accountId, position.Ticket, null, $"{keyPrefix}:{position.Ticket}", CloseReason.CloseAll, lineage);
            outcomes.Add(await ClosePositionAsync(user, intent, cancellationToken).ConfigureAwait(false));
        }

        return outcomes;
    }

    public async Task<BrokerAccountInfo> GetAccountInfoAsync(AccessUser user, Guid accountId, CancellationToken cancellationToken) =>
        await broker.ReadAsync(access.Demand(user, accountId, "trading.read"), (c, t) => c.GetAccountInfoAsync(t), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<BrokerPosition>> GetPositionsAsync(AccessUser user, Guid accountId, CancellationToken cancellationToken) =>
        await broker.ReadAsync(access.Demand(user, accountId, "trading.read"), (c, t) => c.GetPositionsAsync(t), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<BrokerPendingOrder>> GetPendingOrdersAsync(AccessUser user, Guid accountId, CancellationToken cancellationToken) =>
        await broker.ReadAsync(access.Demand(user, accountId, "trading.read"), (c, t) => c.GetPendingOrdersAsync(t), cancellationToken).ConfigureAwait(false);

    public async Task<SymbolInfo?> GetSymbolAsync(AccessUser user, Guid accountId, string symbol, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        return await preparer.SymbolAsync(access.Demand(user, accountId, "trading.read"), symbol, cancellationToken).ConfigureAwait(false);
    }

    // Capabilities are the connector's own: no broker call, but refusals still travel in the task like every other method's.
    public Task<BrokerCapabilities> GetCapabilitiesAsync(AccessUser user, Guid accountId, CancellationToken cancellationToken)
    {
        try
        {
            return Task.FromResult(broker.Connector(access.Demand(user, accountId, "trading.read")).Capabilities);
        }
        catch (DashboardException e)
        {
            return Task.FromException<BrokerCapabilities>(e);
        }
    }

    public TradingStatus GetStatus(AccessUser user, Guid accountId)
    {
        Account account;
        try
        {
            account = access.Demand(user, accountId, "trading.status");
        }
        catch (AccessDeniedException e) when (e.Reason == AccessDeniedReason.AccountInactive)
        {
            return new TradingStatus(accountId, BreakerState.Closed, false, e.Message);
        }

        var breaker = broker.Breaker(accountId);
        try
        {
            _ = broker.Connector(account);
        }
        catch (BrokerException e)
        {
            return new TradingStatus(accountId, breaker.State, false, e.Message);
        }

        return breaker.AcceptsCalls
            ? new TradingStatus(accountId, breaker.State, true, null)
            : new TradingStatus(accountId, breaker.State, false, breaker.PausedMessage(account.DisplayName));
    }

    public async Task<int> ReconcileAsync(AccessUser user, Guid accountId, CancellationToken cancellationToken) =>
        await reconciler.ReconcileAsync(access.Demand(user, accountId, "trading.reconcile"), cancellationToken).ConfigureAwait(false);

    private async Task<OrderOutcome> RunAsync(
        Account account,
        OrderKind kind,
        string idempotencyKey,
        TradeLineage lineage,
        IntentSignature signature,
        ProfitTarget? target,
        string? problem,
        Func<CancellationToken, Task<PreparedOrder>> prepare,
        CancellationToken cancellationToken)
    {
        if ((problem ?? OrderDraft.Problem(idempotencyKey, lineage)) is { } invalid)
        {
            return Refused(account, kind, idempotencyKey ?? string.Empty, OrderOutcome.Refuse(invalid));
        }

        // A resubmitted key gets its earlier order back before anything else: even once the position is gone.
        if (await book.FindAsync(idempotencyKey, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            logger.DuplicateKey(account.Id, earlier.Id, idempotencyKey);
            return OrderOutcomes.ForUsedKey(earlier, signature);
        }

        var breaker = broker.Breaker(account.Id);
        if (!breaker.AcceptsCalls)
        {
            return Refused(account, kind, idempotencyKey, OrderOutcome.Refuse(breaker.PausedMessage(account.DisplayName)));
        }

        PreparedOrder prepared;
        try
        {
            prepared = await prepare(cancellationToken).ConfigureAwait(false);
        }
        catch (BrokerException e)
        {
            prepared = PreparedOrder.Refuse($"The order was not sent: {e.Message}");
        }

        return prepared.IsRefused
            ? Refused(account, kind, idempotencyKey, prepared.Refusal)
            : await executor.ExecuteAsync(account, prepared.Order, signature, target, prepared.Send, cancellationToken).ConfigureAwait(false);
    }

    private OrderOutcome Refused(Account account, OrderKind kind, string idempotencyKey, OrderOutcome refusal)
    {
        logger.OrderRefused(account.Id, kind, idempotencyKey, refusal.Message);
        return refusal;
    }
}

using TradingDashboard.Core.Access;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Trading;

/// <summary>
/// The only entry point to brokers, for manual, bot and API trades alike. Every method demands
/// access to the account (<see cref="IAccountAccess.Demand"/>). Orders go through validate →
/// risk → record (unique idempotency key) → send → record result; a lost reply leaves the order
/// <see cref="OrderStatus.Unknown"/> until reconciliation finds it at the broker. Reads go
/// through the account's resilience pipeline (timeout, breaker, retries); orders get no retry.
/// Read faults throw <see cref="Resilience.BrokerException"/>; order faults become outcomes.
/// </summary>
public interface ITradingService
{
    Task<OrderOutcome> PlaceOrderAsync(AccessUser user, OpenOrderIntent intent, CancellationToken cancellationToken);

    Task<OrderOutcome> ClosePositionAsync(AccessUser user, CloseIntent intent, CancellationToken cancellationToken);

    Task<OrderOutcome> ModifyPositionAsync(AccessUser user, ModifyIntent intent, CancellationToken cancellationToken);

    Task<OrderOutcome> CancelOrderAsync(AccessUser user, CancelIntent intent, CancellationToken cancellationToken);

    /// <summary>Closes every open position of the account, one close intent each (<c>{keyPrefix}:{ticket}</c>).</summary>
    Task<IReadOnlyList<OrderOutcome>> CloseAllAsync(AccessUser user, Guid accountId, string keyPrefix, TradeLineage lineage, CancellationToken cancellationToken);

    Task<BrokerAccountInfo> GetAccountInfoAsync(AccessUser user, Guid accountId, CancellationToken cancellationToken);

    Task<IReadOnlyList<BrokerPosition>> GetPositionsAsync(AccessUser user, Guid accountId, CancellationToken cancellationToken);

    Task<IReadOnlyList<BrokerPendingOrder>> GetPendingOrdersAsync(AccessUser user, Guid accountId, CancellationToken cancellationToken);

    /// <summary>Cached per account and symbol for a minute; null when the broker has no such symbol.</summary>
    Task<SymbolInfo?> GetSymbolAsync(AccessUser user, Guid accountId, string symbol, CancellationToken cancellationToken);

    Task<BrokerCapabilities> GetCapabilitiesAsync(AccessUser user, Guid accountId, CancellationToken cancellationToken);

    /// <summary>The account's breaker and whether trade buttons may be enabled. Never calls the broker.</summary>
    TradingStatus GetStatus(AccessUser user, Guid accountId);

    /// <summary>Resolves the account's <see cref="OrderStatus.Unknown"/> orders from the broker's positions, orders and deals.</summary>
    Task<int> ReconcileAsync(AccessUser user, Guid accountId, CancellationToken cancellationToken);
}

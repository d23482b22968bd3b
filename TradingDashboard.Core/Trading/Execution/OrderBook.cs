using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Trading.Execution;

/// <summary>
/// The <c>trade_orders</c> table as the pipeline uses it: an intent is recorded once under its
/// unique key before anything is sent, and settled (result + effect on <c>trades</c>) in one
/// transaction that first claims the row in the state it expects, so a send finishing and a
/// reconciliation can never both settle the same order.
/// </summary>
internal sealed class OrderBook(IDbContextFactory<DashboardDbContext> contexts)
{
    public async Task<TradeOrder?> FindAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.TradeOrders.AsNoTracking()
            .SingleOrDefaultAsync(o => o.IdempotencyKey == idempotencyKey, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <returns>Null once recorded; the order already holding the key when another caller won the race.</returns>
    public async Task<TradeOrder?> RecordAsync(TradeOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            db.TradeOrders.Add(order);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return await FindAsync(order.IdempotencyKey, CancellationToken.None).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Recording order {order.Id} violated a unique index, but no order holds key '{order.IdempotencyKey}'.", e);
        }
    }

    /// <summary>
    /// Applies <paramref name="settle"/> to the order, and its effect to the trades, if the order is
    /// still <paramref name="expected"/>. Runs to the end whatever the caller's token: pass
    /// <see cref="CancellationToken.None"/> once something was sent.
    /// </summary>
    /// <returns>The settled order; null when it had already left <paramref name="expected"/>.</returns>
    public async Task<TradeOrder?> SettleAsync(Guid orderId, OrderStatus expected, Action<TradeOrder> settle, ProfitTarget? target, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settle);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TrySettleAsync(orderId, expected, settle, target, now, cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException e) when (attempt == 1 && UniqueViolation.Is(e))
            {
                // The trade sync inserted the position's trade meanwhile: the second pass updates it instead.
            }
        }
    }

    /// <summary>Orders whose broker outcome is not known yet: Unknown, and Recorded ones (a send may have been cut off by a crash).</summary>
    public async Task<IReadOnlyList<TradeOrder>> UnsettledAsync(Guid accountId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.TradeOrders.AsNoTracking()
            .Where(o => o.AccountId == accountId && (o.Status == OrderStatus.Unknown || o.Status == OrderStatus.Recorded))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<TradeOrder?> TrySettleAsync(Guid orderId, OrderStatus expected, Action<TradeOrder> settle, ProfitTarget? target, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // Write first: the claim takes the row (PostgreSQL) or the database (SQLite) before anything is read.
        var claimed = await db.TradeOrders
            .Where(o => o.Id == orderId && o.Status == expected)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, expected), cancellationToken)
            .ConfigureAwait(false);
        if (claimed == 0)
        {
            return null;
        }

        var order = await db.TradeOrders.SingleAsync(o => o.Id == orderId, cancellationToken).ConfigureAwait(false);
        settle(order);
        await TradeLedger.ApplyAsync(db, order, target, now, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return order;
    }
}

using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Events.Payloads;
using TradingDashboard.Core.Events.Validation;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;
using TradingDashboard.Core.Trading.Sync;

namespace TradingDashboard.Core.Messaging.Pipeline;

/// <summary>
/// <c>position.closed</c> changes state, so it goes through the database inbox: the event id is
/// inserted in the same transaction as its effects (the closed-position summary and the trade's
/// close), and a redelivery finds it there. The trade is recomputed from the event's deals, never
/// added to, so a second event for the same position (another event id) counts nothing twice.
/// </summary>
internal sealed class PositionClosedHandler(IDbContextFactory<DashboardDbContext> contexts, IMarketHub hub, TimeProvider time)
{
    public async ValueTask<ProcessingOutcome> ApplyAsync(InboundEvent inbound, Guid accountId, CancellationToken cancellationToken)
    {
        var payload = (PositionClosedPayload)inbound.Payload;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (await db.InboxMessages.AnyAsync(m => m.EventId == inbound.EventId, cancellationToken).ConfigureAwait(false))
        {
            return ProcessingOutcome.Duplicate;
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!await ClaimAsync(db, inbound, accountId, now, cancellationToken).ConfigureAwait(false))
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            return ProcessingOutcome.Duplicate;
        }

        var closed = await db.ClosedPositions.FindAsync([accountId, payload.PositionId], cancellationToken).ConfigureAwait(false);
        if (closed is null)
        {
            closed = new ClosedPosition { AccountId = accountId, PositionId = payload.PositionId, Symbol = payload.Symbol };
            db.ClosedPositions.Add(closed);
        }

        Summarise(closed, payload, inbound.EventId);
        var deals = PositionDeals.From(payload);
        var trade = await TradeAdoption.FindOrAdoptAsync(db, accountId, payload.PositionId, payload.Symbol, deals, now, cancellationToken).ConfigureAwait(false);
        await ClosedTrades.CloseAsync(db, trade, deals, now, cancellationToken).ConfigureAwait(false);

        // A failure here (e.g. the order pipeline inserted the trade meanwhile) rolls the inbox row back too: the pipeline retries the event.
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        hub.Publish(new PositionClosedUpdate(GroupKeys.Account(accountId), now, accountId, closed.PositionId, closed.Symbol, closed.Volume, closed.Profit + closed.Swap + closed.Commission, closed.ClosedAt));
        return ProcessingOutcome.Applied;
    }

    /// <summary>
    /// Inserts the event id first: a write before any read takes SQLite's write lock, so nothing read
    /// below can be changed by another writer before the commit.
    /// </summary>
    /// <returns>False when a concurrent delivery of the same event recorded it first.</returns>
    private async Task<bool> ClaimAsync(DashboardDbContext db, InboundEvent inbound, Guid accountId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.InboxMessages.Add(new InboxMessage
        {
            EventId = inbound.EventId,
            AccountId = accountId,
            Type = inbound.Type,
            OccurredAt = inbound.OccurredAt,
            ProcessedAt = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException)
        {
            // Anything but a lost race on the event id is a fault.
            if (await IsRecordedAsync(inbound.EventId, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            throw;
        }
    }

    private async Task<bool> IsRecordedAsync(Guid eventId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.InboxMessages.AnyAsync(m => m.EventId == eventId, cancellationToken).ConfigureAwait(false);
    }

    private static void Summarise(ClosedPosition closed, PositionClosedPayload payload, Guid eventId)
    {
        var entries = payload.Deals.Where(d => d.Entry == 0).ToList();
        var exits = payload.Deals.Where(d => d.Entry is 1 or 2 or 3).ToList();
        var exitVolume = exits.Sum(d => d.Volume);
        closed.Symbol = payload.Symbol;
        closed.Volume = exitVolume > 0 ? exitVolume : entries.Sum(d => d.Volume);
        closed.OpenPrice = WeightedPrice(entries);
        closed.ClosePrice = WeightedPrice(exits);
        closed.Profit = payload.Deals.Sum(d => d.Profit);
        closed.Swap = payload.Deals.Sum(d => d.Swap);
        closed.Commission = payload.Deals.Sum(d => d.Commission);
        closed.OpenedAt = DateTimeOffset.FromUnixTimeSeconds(payload.Deals.Min(d => d.Time));
        closed.ClosedAt = DateTimeOffset.FromUnixTimeSeconds(payload.Deals.Max(d => d.Time));
        closed.EventId = eventId;
    }

    private static decimal WeightedPrice(List<DealRecord> deals)
    {
        var volume = deals.Sum(d => d.Volume);
        return volume == 0 ? 0 : deals.Sum(d => d.Price * d.Volume) / volume;
    }
}

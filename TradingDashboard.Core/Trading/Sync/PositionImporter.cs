using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Persistence;

namespace TradingDashboard.Core.Trading.Sync;

/// <summary>
/// Adopts broker positions the books do not hold, one unit of work each, so a position that the
/// order pipeline or the <c>position.closed</c> event books at the same moment costs only itself.
/// </summary>
internal sealed class PositionImporter(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time, ILogger<PositionImporter> logger)
{
    /// <returns>Positions adopted.</returns>
    public async Task<int> ImportAsync(Guid accountId, IReadOnlyList<BrokerPosition> positions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(positions);
        if (positions.Count == 0)
        {
            return 0;
        }

        var tickets = positions.Select(p => p.Ticket).ToList();
        List<long> known;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            // Trades written since the caller read the open ones, and closed trades a stale listing still shows.
            known = await db.Trades
                .Where(t => t.AccountId == accountId && tickets.Contains(t.PositionTicket))
                .Select(t => t.PositionTicket)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
        }

        var imported = 0;
        foreach (var position in positions.Where(p => !known.Contains(p.Ticket)))
        {
            if (await ImportAsync(accountId, position, cancellationToken).ConfigureAwait(false))
            {
                imported++;
            }
        }

        return imported;
    }

    private async Task<bool> ImportAsync(Guid accountId, BrokerPosition position, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var trade = await TradeAdoption.FromPositionAsync(db, accountId, position, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another writer booked this position meanwhile; anything else is a fault.
            if (!await ExistsAsync(accountId, position.Ticket, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }

            logger.AdoptedElsewhere(accountId, position.Ticket);
            return false;
        }

        logger.Imported(accountId, position.Ticket, position.Symbol, trade.Id, trade.Source);
        return true;
    }

    private async Task<bool> ExistsAsync(Guid accountId, long positionTicket, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Trades.AnyAsync(t => t.AccountId == accountId && t.PositionTicket == positionTicket, cancellationToken).ConfigureAwait(false);
    }
}

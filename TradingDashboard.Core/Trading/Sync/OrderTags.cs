using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Trading.Sync;

/// <summary>Finds the dashboard's order behind a broker comment (position, deal): its <see cref="ClientOrderTag"/>.</summary>
internal static class OrderTags
{
    /// <summary>Every tag has this length, so a comment that carries one starts with exactly these characters.</summary>
    private static readonly int TagLength = ClientOrderTag.For("length").Length;

    /// <returns>The tracked order of <paramref name="accountId"/> whose tag starts <paramref name="comment"/>; null for foreign comments.</returns>
    public static async Task<TradeOrder?> FindAsync(DashboardDbContext db, Guid accountId, string? comment, CancellationToken cancellationToken)
    {
        if (Candidate(comment) is not { } tag)
        {
            return null;
        }

        var order = await db.TradeOrders
            .SingleOrDefaultAsync(o => o.ClientTag == tag, cancellationToken)
            .ConfigureAwait(false);
        return order is not null && order.AccountId == accountId && ClientOrderTag.Matches(comment, order.ClientTag) ? order : null;
    }

    private static string? Candidate(string? comment) =>
        comment is not null && comment.Length >= TagLength && comment.StartsWith(ClientOrderTag.Prefix, StringComparison.Ordinal)
            ? comment[..TagLength]
            : null;
}

using System.Globalization;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Trading.History;

/// <summary>
/// The history's filters and order as a query both providers run in the database. SQLite stores a
/// <see cref="DateTimeOffset"/> as text (<c>yyyy-MM-dd HH:mm:ss.FFFFFFFzzz</c>) and EF cannot
/// compare or sort it there; every time the dashboard stores is UTC (offset <c>+00:00</c>), and
/// for such values that text sorts exactly like the instant, so on SQLite the column is compared as text.
/// </summary>
internal static class TradeHistoryFilter
{
    private const string SqliteTimeFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz";

    public static IQueryable<Trade> Apply(IQueryable<Trade> trades, IReadOnlyCollection<Guid> accountIds, TradeHistoryQuery query, bool sqlite)
    {
        ArgumentNullException.ThrowIfNull(query);
        trades = trades.Where(t => accountIds.Contains(t.AccountId));
        if (!string.IsNullOrWhiteSpace(query.Symbol))
        {
            var symbol = query.Symbol.Trim().ToUpperInvariant();

            // ToUpper, not string.Equals(..., OrdinalIgnoreCase): only the former translates to SQL on both providers.
#pragma warning disable CA1862
            trades = trades.Where(t => t.Symbol.ToUpper() == symbol);
#pragma warning restore CA1862
        }

        if (query.Source is { } source)
        {
            trades = trades.Where(t => t.Source == source);
        }

        if (query.Status is { } status)
        {
            trades = trades.Where(t => t.Status == status);
        }

        if (query.CloseReason is { } reason)
        {
            trades = trades.Where(t => t.CloseReason == reason);
        }

        return OpenedWithin(trades, query.From?.ToUniversalTime(), query.To?.ToUniversalTime(), sqlite);
    }

    /// <summary>Newest first by open time; the id breaks ties so pages never overlap.</summary>
    public static IQueryable<Trade> NewestFirst(IQueryable<Trade> trades, bool sqlite) => sqlite
        ? trades.OrderByDescending(t => (string)(object)t.OpenedAt).ThenByDescending(t => t.Id)
        : trades.OrderByDescending(t => t.OpenedAt).ThenByDescending(t => t.Id);

    private static IQueryable<Trade> OpenedWithin(IQueryable<Trade> trades, DateTimeOffset? from, DateTimeOffset? to, bool sqlite)
    {
        if (sqlite)
        {
            if (from is { } start)
            {
                var text = start.ToString(SqliteTimeFormat, CultureInfo.InvariantCulture);
                trades = trades.Where(t => string.Compare((string)(object)t.OpenedAt, text) >= 0);
            }

            if (to is { } end)
            {
                var text = end.ToString(SqliteTimeFormat, CultureInfo.InvariantCulture);
                trades = trades.Where(t => string.Compare((string)(object)t.OpenedAt, text) < 0);
            }

            return trades;
        }

        if (from is { } since)
        {
            trades = trades.Where(t => t.OpenedAt >= since);
        }

        if (to is { } until)
        {
            trades = trades.Where(t => t.OpenedAt < until);
        }

        return trades;
    }
}

using System.Globalization;
using System.Text;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Trading;
using TradingDashboard.Core.Trading.History;

namespace TradingDashboard.Endpoints;

/// <summary>
/// The trade history filters as query parameters of <see cref="Path"/>: <c>account</c> (internal
/// id), <c>symbol</c>, <c>source</c>, <c>status</c>, <c>reason</c> (close reason), <c>from</c> and
/// <c>to</c> (ISO-8601, UTC; <c>to</c> exclusive). The History page builds its export link with
/// <see cref="Link"/> and the endpoint reads it back with <see cref="TryParse"/>.
/// </summary>
public static class TradeHistoryCsvQuery
{
    public const string Path = "/history/trades.csv";

    /// <summary>The export link for these filters, relative to the app's base (paging is ignored).</summary>
    public static string Link(TradeHistoryQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<string>();
        Add(parts, "account", query.AccountId?.ToString("D"));
        Add(parts, "symbol", string.IsNullOrWhiteSpace(query.Symbol) ? null : query.Symbol.Trim());
        Add(parts, "source", query.Source?.ToString());
        Add(parts, "status", query.Status?.ToString());
        Add(parts, "reason", query.CloseReason?.ToString());
        Add(parts, "from", query.From?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        Add(parts, "to", query.To?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        var link = new StringBuilder(Path.TrimStart('/'));
        if (parts.Count > 0)
        {
            link.Append('?').AppendJoin('&', parts);
        }

        return link.ToString();
    }

    /// <returns>False with a message naming the bad parameter when a value cannot be read.</returns>
    public static bool TryParse(IQueryCollection parameters, out TradeHistoryQuery query, out string? error)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        query = new TradeHistoryQuery();
        error = null;
        Guid? account = null;
        if (Value(parameters, "account") is { } accountText)
        {
            if (!Guid.TryParse(accountText, out var id))
            {
                error = $"'account' must be an account id (a UUID), not '{accountText}'.";
                return false;
            }

            account = id;
        }

        if (!TryEnum<TradeSource>(parameters, "source", out var source, ref error)
            || !TryEnum<TradeStatus>(parameters, "status", out var status, ref error)
            || !TryEnum<CloseReason>(parameters, "reason", out var reason, ref error)
            || !TryTime(parameters, "from", out var from, ref error)
            || !TryTime(parameters, "to", out var to, ref error))
        {
            return false;
        }

        if (from is not null && to is not null && to <= from)
        {
            error = "'to' must be later than 'from'.";
            return false;
        }

        query = new TradeHistoryQuery(account, Value(parameters, "symbol"), source, status, reason, from, to);
        return true;
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }

    private static string? Value(IQueryCollection parameters, string name) =>
        parameters.TryGetValue(name, out var values) && values.ToString() is { Length: > 0 } text ? text.Trim() : null;

    private static bool TryEnum<TEnum>(IQueryCollection parameters, string name, out TEnum? value, ref string? error)
        where TEnum : struct, Enum
    {
        value = null;
        if (Value(parameters, name) is not { } text)
        {
            return true;
        }

        // Names only: a number would slip past Enum.TryParse as an undefined value.
        if (!char.IsLetter(text[0]) || !Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            error = $"'{name}' must be one of {string.Join(", ", Enum.GetNames<TEnum>())}, not '{text}'.";
            return false;
        }

        value = parsed;
        return true;
    }

    private static bool TryTime(IQueryCollection parameters, string name, out DateTimeOffset? value, ref string? error)
    {
        value = null;
        if (Value(parameters, name) is not { } text)
        {
            return true;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            error = $"'{name}' must be an ISO-8601 time such as 2026-11-21T00:00:00Z, not '{text}'.";
            return false;
        }

        value = parsed.ToUniversalTime();
        return true;
    }
}

using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Streaming;

/// <summary>
/// In-process fan-out group keys. Only here is the symbol uppercased; payloads and bridge
/// calls keep the broker's casing.
/// </summary>
public static class GroupKeys
{
    /// <summary>Prefix matching every price group of every account.</summary>
    public const string AllPricesPrefix = "prices_";

    public static string Prices(Guid accountId, string symbol) => $"{PricesPrefix(accountId)}{symbol.ToUpperInvariant()}";

    /// <summary>Prefix matching every symbol's price group of one account (a market watch).</summary>
    public static string PricesPrefix(Guid accountId) => $"{AllPricesPrefix}{accountId:D}_";

    public static string Candles(Guid accountId, string symbol, Timeframe timeframe) =>
        $"candles_{accountId:D}_{symbol.ToUpperInvariant()}_{timeframe}";

    public static string Account(Guid accountId) => $"account_{accountId:D}";

    /// <summary>
    /// The account a group key (or a prefix of one) belongs to: <c>prices_{id}…</c>,
    /// <c>candles_{id}…</c> or <c>account_{id}</c>. False for keys that name no account, such as
    /// <see cref="AllPricesPrefix"/>.
    /// </summary>
    public static bool TryGetAccountId(string key, out Guid accountId)
    {
        ArgumentNullException.ThrowIfNull(key);
        accountId = Guid.Empty;
        var separator = key.IndexOf('_', StringComparison.Ordinal);
        if (separator < 0 || key[..(separator + 1)] is not (AllPricesPrefix or "candles_" or "account_"))
        {
            return false;
        }

        var rest = key.AsSpan(separator + 1);
        const int GuidLength = 36;
        return rest.Length >= GuidLength
            && (rest.Length == GuidLength || rest[GuidLength] == '_')
            && Guid.TryParseExact(rest[..GuidLength], "D", out accountId);
    }
}

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
}

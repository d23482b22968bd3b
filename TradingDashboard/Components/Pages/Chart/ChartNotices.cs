using TradingDashboard.Components.Pages.Markets;
using TradingDashboard.Core.Access;

namespace TradingDashboard.Components.Pages.Chart;

/// <summary>What the chart page shows instead of a chart, and why.</summary>
public static class ChartNotices
{
    public static AccountNotice BridgeUnavailable { get; } = new(
        "chart-bridge-unavailable", "cloud_off", "The MT5 bridge is not answering", "Candles cannot be loaded right now. The chart opens again when you come back or pick another symbol.");

    public static AccountNotice NoSymbols { get; } = new(
        "chart-no-symbols", "search_off", "This account offers no symbols", "The bridge lists no tradable symbols for it.");

    public static AccountNotice UnknownSymbol(string symbol) => new(
        "chart-unknown-symbol", "search_off", $"{symbol} is not offered on this account", "Pick one of the account's symbols above.");

    public static AccountNotice For(AccessDeniedException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Reason switch
        {
            AccessDeniedReason.AccountNotFound => AccountNotice.NotFound,
            AccessDeniedReason.AccountInactive => AccountNotice.Inactive,
            _ => AccountNotice.NoAccess,
        };
    }
}

using TradingDashboard.Components.Shared.Trading;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Components.Pages.Positions;

/// <summary>When the Positions page's buttons are enabled, beyond <see cref="TradeAvailability.Evaluate"/> for one symbol.</summary>
public static class TradeButtons
{
    public const string Unavailable = "Trading is unavailable for this account.";

    /// <summary>A position with an order still unknown gets no new order until that one is settled.</summary>
    public static TradeAvailability Verifying { get; } = new(false, "An earlier order on this position is being verified.");

    /// <summary>Deleting a pending order needs no price, only a closed breaker.</summary>
    public static TradeAvailability Cancel(TradingStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return status.CanTrade ? new(true, null) : new(false, status.Reason ?? Unavailable);
    }

    /// <summary>Close all needs a closed breaker and a fresh price for every open symbol.</summary>
    public static TradeAvailability CloseAll(TradingStatus status, IEnumerable<TradeAvailability> rows)
    {
        ArgumentNullException.ThrowIfNull(status);
        return !status.CanTrade
            ? new(false, status.Reason ?? Unavailable)
            : rows.FirstOrDefault(r => !r.Enabled) ?? new(true, null);
    }
}

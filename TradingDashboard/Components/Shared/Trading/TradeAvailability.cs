using TradingDashboard.Core.Trading;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>Whether trade buttons are enabled, and the reason shown when they are not.</summary>
public sealed record TradeAvailability(bool Enabled, string? Reason)
{
    public static TradeAvailability Evaluate(TradingStatus status, DateTimeOffset? lastTickAt, DateTimeOffset now, int staleSeconds)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (!status.CanTrade)
        {
            return new(false, status.Reason ?? "Trading is unavailable for this account.");
        }

        if (lastTickAt is not { } at)
        {
            return new(false, "No price yet: waiting for the first tick.");
        }

        var age = now - at;
        return age.TotalSeconds > staleSeconds
            ? new(false, $"Prices are stale (last tick {AgeText.Format(age)} ago).")
            : new(true, null);
    }
}

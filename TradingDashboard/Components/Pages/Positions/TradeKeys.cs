namespace TradingDashboard.Components.Pages.Positions;

/// <summary>Idempotency keys of the UI: one per dialog, so submitting the same dialog twice never sends twice.</summary>
public static class TradeKeys
{
    public static string New() => $"ui:{Guid.NewGuid():N}";
}

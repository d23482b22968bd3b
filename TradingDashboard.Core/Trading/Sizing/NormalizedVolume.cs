namespace TradingDashboard.Core.Trading.Sizing;

/// <summary>A volume on the symbol's step, or the reason it cannot be traded.</summary>
/// <param name="Volume">The stepped volume, reported even when refused so the trader sees why.</param>
public sealed record NormalizedVolume(decimal Volume, SizingError? Error)
{
    public bool IsValid => Error is null;
}

using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading.Sizing;

namespace TradingDashboard.Core.Trading.Targets;

/// <summary>How much TP1 closes: a share of the opening volume, rounded down to the volume step.</summary>
internal static class ProfitTargetVolume
{
    /// <returns>
    /// The volume to close; null when no partial close is possible: below the symbol's minimum,
    /// not less than what remains, or leaving a remainder below the minimum.
    /// </returns>
    public static decimal? For(decimal openVolume, decimal fraction, decimal remainingVolume, SymbolInfo symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (fraction is <= 0m or >= 1m || openVolume <= 0m)
        {
            return null;
        }

        var volume = VolumeNormalizer.Normalize(openVolume * fraction, symbol, VolumeRoundingMode.Down);
        if (!volume.IsValid || volume.Volume <= 0m || volume.Volume >= remainingVolume || remainingVolume - volume.Volume < symbol.VolumeMin)
        {
            return null;
        }

        return volume.Volume;
    }
}

using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Trading.Sizing;

/// <summary>Puts a volume onto the symbol's volume grid and checks it against min/max, never clamping.</summary>
public static class VolumeNormalizer
{
    public static NormalizedVolume Normalize(decimal volume, SymbolInfo symbol, VolumeRoundingMode mode = VolumeRoundingMode.Down)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (volume < 0m)
        {
            throw new ArgumentException($"Volume must not be negative, got {volume}.", nameof(volume));
        }

        // A tick value like 0.001 × 100,000 / 150 is a rounded repeating decimal, so a size that is
        // exactly 0.3 lots on paper arrives as 0.2999…; flooring that would lose a whole step.
        var steps = Math.Round(volume / symbol.VolumeStep, 10, MidpointRounding.AwayFromZero);
        steps = mode switch
        {
            VolumeRoundingMode.Down => Math.Floor(steps),
            VolumeRoundingMode.Nearest => Math.Round(steps, MidpointRounding.AwayFromZero),
            _ => throw new ArgumentException($"Unknown rounding mode {mode}.", nameof(mode)),
        };
        var stepped = steps * symbol.VolumeStep;
        SizingError? error = stepped < symbol.VolumeMin ? SizingError.BelowMinimumVolume
            : stepped > symbol.VolumeMax ? SizingError.AboveMaximumVolume
            : null;
        return new NormalizedVolume(stepped, error);
    }
}

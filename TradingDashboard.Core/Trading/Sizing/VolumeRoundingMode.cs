namespace TradingDashboard.Core.Trading.Sizing;

/// <summary>How a volume is put onto the symbol's volume step.</summary>
public enum VolumeRoundingMode
{
    /// <summary>Towards zero, so a risk-based size never risks more than asked.</summary>
    Down = 0,

    /// <summary>To the nearest step, halves away from zero, for volumes typed by hand.</summary>
    Nearest = 1,
}

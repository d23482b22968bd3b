namespace TradingDashboard.Core.Trading.Sizing;

/// <summary>Why a volume or a ticket was refused. Expected outcomes, reported rather than thrown.</summary>
public enum SizingError
{
    /// <summary>The volume is below the symbol's minimum lot.</summary>
    BelowMinimumVolume = 1,

    /// <summary>The volume is above the symbol's maximum lot.</summary>
    AboveMaximumVolume = 2,

    /// <summary>SL/TP on the wrong side of the entry, on the entry, or inside the stops level.</summary>
    InvalidStop = 3,
}

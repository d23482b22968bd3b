using System.Globalization;

namespace TradingDashboard.Components.Pages.Positions;

/// <summary>How the positions table writes money and marks price moves.</summary>
public static class PositionCells
{
    /// <summary>Profit and swap in the table: two decimals, the currency is in the total.</summary>
    public static string Amount(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>Alternating classes per direction, so the flash animation restarts on every move.</summary>
    public static string FlashClass(PositionLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Move switch
        {
            > 0 => line.Moves % 2 == 0 ? "tick-up-a" : "tick-up-b",
            < 0 => line.Moves % 2 == 0 ? "tick-down-a" : "tick-down-b",
            _ => string.Empty,
        };
    }
}

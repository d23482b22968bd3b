namespace TradingDashboard.Core.Connectors.Mt5Bridge;

/// <summary>
/// The bridge's base address right now. The web app supplies one that falls back to its own
/// listening address (the embedded simulator), which is only known once the server started.
/// </summary>
public interface IBridgeAddress
{
    /// <summary>An absolute URI ending in '/', or <see langword="null"/> when no bridge address is known.</summary>
    Uri? Current { get; }
}

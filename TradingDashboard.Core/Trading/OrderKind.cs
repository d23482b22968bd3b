namespace TradingDashboard.Core.Trading;

/// <summary>What an order row asks the broker to do.</summary>
public enum OrderKind
{
    /// <summary>Open a position at the market.</summary>
    Open,

    /// <summary>Place a limit or stop order.</summary>
    PlacePending,

    Close,
    PartialClose,
    Modify,
    Cancel,
}

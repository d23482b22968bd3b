namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>Why a bridge call was refused; the HTTP layer maps it to a status code.</summary>
public enum BridgeErrorCode
{
    None,

    /// <summary>Missing or malformed input (400).</summary>
    Invalid,

    /// <summary>Unknown account (404).</summary>
    NotFound,

    /// <summary>The call contradicts the current state, e.g. unsubscribing with no subscription (409).</summary>
    Conflict,
}

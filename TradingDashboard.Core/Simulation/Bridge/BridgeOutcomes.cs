namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>Factories for <see cref="BridgeOutcome{T}"/>.</summary>
public static class BridgeOutcomes
{
    public static BridgeOutcome<T> Ok<T>(T value) where T : class => new(value, BridgeErrorCode.None, null);

    public static BridgeOutcome<T> Invalid<T>(string message) where T : class => new(null, BridgeErrorCode.Invalid, message);

    public static BridgeOutcome<T> NotFound<T>(string message) where T : class => new(null, BridgeErrorCode.NotFound, message);

    public static BridgeOutcome<T> Conflict<T>(string message) where T : class => new(null, BridgeErrorCode.Conflict, message);
}

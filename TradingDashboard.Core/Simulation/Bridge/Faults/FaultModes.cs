namespace TradingDashboard.Core.Simulation.Bridge.Faults;

/// <summary>Wire names of <see cref="FaultMode"/>.</summary>
public static class FaultModes
{
    public const string None = "none";
    public const string Error = "error";
    public const string Latency = "latency";
    public const string AcceptThenTimeout = "accept_then_timeout";

    public static string Name(FaultMode mode) => mode switch
    {
        FaultMode.Error => Error,
        FaultMode.Latency => Latency,
        FaultMode.AcceptThenTimeout => AcceptThenTimeout,
        _ => None,
    };

    public static FaultMode? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        None => FaultMode.None,
        Error => FaultMode.Error,
        Latency => FaultMode.Latency,
        AcceptThenTimeout => FaultMode.AcceptThenTimeout,
        _ => null,
    };
}

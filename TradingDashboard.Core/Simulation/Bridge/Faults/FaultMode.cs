namespace TradingDashboard.Core.Simulation.Bridge.Faults;

/// <summary>What an injected fault does to a trading call.</summary>
public enum FaultMode
{
    None,

    /// <summary>Answer 500 without acting.</summary>
    Error,

    /// <summary>Wait, then act and answer.</summary>
    Latency,

    /// <summary>Act, then hold the answer (trade requests only): the client times out after the broker accepted.</summary>
    AcceptThenTimeout,
}

using System.Diagnostics.CodeAnalysis;

namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>A bridge call's value, or the expected reason it was refused.</summary>
public sealed record BridgeOutcome<T>(T? Value, BridgeErrorCode Error, string? Message)
    where T : class
{
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Error == BridgeErrorCode.None && Value is not null;
}

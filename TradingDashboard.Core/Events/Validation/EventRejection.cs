namespace TradingDashboard.Core.Events.Validation;

/// <summary>A rejected event: the reason code and a human-readable detail (field path, limit…).</summary>
public sealed record EventRejection(RejectReason Reason, string Detail)
{
    public override string ToString() => $"{Reason.ToWire()}: {Detail}";
}

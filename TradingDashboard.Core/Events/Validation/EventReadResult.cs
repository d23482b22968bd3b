namespace TradingDashboard.Core.Events.Validation;

/// <summary>Either a valid <see cref="InboundEvent"/> or the reason it was rejected.</summary>
public readonly record struct EventReadResult(InboundEvent? Event, EventRejection? Rejection)
{
    public bool IsValid => Event is not null;

    public static EventReadResult Valid(InboundEvent inbound) => new(inbound, null);

    public static EventReadResult Rejected(RejectReason reason, string detail) => new(null, new EventRejection(reason, detail));
}

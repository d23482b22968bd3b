namespace TradingDashboard.Core.Events.Validation;

/// <summary>Thrown inside the reader only, to unwind out of nested field reads; never escapes it.</summary>
internal sealed class EventRejectedException(RejectReason reason, string detail) : Exception(detail)
{
    public EventRejection Rejection { get; } = new(reason, detail);
}

using TradingDashboard.Core.Events.Validation;

namespace TradingDashboard.Core.Messaging.Pipeline;

/// <summary>The pipeline's verdict on one message; <see cref="Rejection"/> is set when it must be dead-lettered.</summary>
public readonly record struct ProcessingResult(ProcessingOutcome Outcome, EventRejection? Rejection = null, Guid? EventId = null)
{
    public static ProcessingResult Rejected(EventRejection rejection, Guid? eventId = null) => new(ProcessingOutcome.Rejected, rejection, eventId);
}

using TradingDashboard.Core.Events.Validation;

namespace TradingDashboard.Core.Messaging;

/// <summary>A rejected message as the dashboard recorded it.</summary>
public sealed record DeadLetter(string RoutingKey, EventRejection Rejection, DateTimeOffset RejectedAt, int BodyLength);

namespace TradingDashboard.Core.Persistence.Entities;

/// <summary>A state-changing event whose effect is stored; its primary key makes redelivery a no-op.</summary>
public sealed class InboxMessage
{
    public Guid EventId { get; set; }
    public Guid AccountId { get; set; }
    public required string Type { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}

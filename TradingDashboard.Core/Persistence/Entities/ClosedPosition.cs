namespace TradingDashboard.Core.Persistence.Entities;

/// <summary>A position the broker reported closed (<c>position.closed</c>), summarised from its deals.</summary>
public sealed class ClosedPosition
{
    public Guid AccountId { get; set; }
    public long PositionId { get; set; }
    public required string Symbol { get; set; }
    public decimal Volume { get; set; }
    public decimal OpenPrice { get; set; }
    public decimal ClosePrice { get; set; }
    public decimal Profit { get; set; }
    public decimal Swap { get; set; }
    public decimal Commission { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset ClosedAt { get; set; }
    public Guid EventId { get; set; }
}

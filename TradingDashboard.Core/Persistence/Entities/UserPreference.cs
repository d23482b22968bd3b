namespace TradingDashboard.Core.Persistence.Entities;

/// <summary>One user's setting under a key (e.g. a chart's indicators), as JSON text.</summary>
public sealed class UserPreference
{
    public required string UserId { get; set; }
    public required string Key { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

namespace TradingDashboard.Core.Persistence.Entities;

/// <summary>One user's permission to see and trade one account.</summary>
public sealed class AccountAccessGrant
{
    public Guid AccountId { get; set; }
    public required string UserId { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
    public required string GrantedBy { get; set; }
}

namespace TradingDashboard.Core.Domain;

/// <summary>An internal trading account and the broker login it maps to.</summary>
public sealed class Account
{
    public Guid Id { get; set; }
    public required string DisplayName { get; set; }
    public Platform Platform { get; set; }
    public required string BrokerLogin { get; set; }
    public string? Server { get; set; }
    public required string Currency { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}

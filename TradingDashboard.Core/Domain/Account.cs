namespace TradingDashboard.Core.Domain;

/// <summary>An internal trading account and the broker login it maps to.</summary>
public sealed class Account
{
    public Guid Id { get; set; }
    public required string DisplayName { get; set; }
    public Platform Platform { get; set; }
    public required string BrokerLogin { get; set; }
    public string? Server { get; set; }

    /// <summary>The broker company (MT5 <c>company</c>), e.g. "MetaQuotes Ltd.".</summary>
    public string? Broker { get; set; }

    public FundType FundType { get; set; } = FundType.Personal;
    public required string Currency { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

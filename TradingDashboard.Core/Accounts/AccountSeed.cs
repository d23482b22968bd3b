using System.ComponentModel.DataAnnotations;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Accounts;

/// <summary>An account created on start when it does not exist yet (<c>Accounts:Seed:n</c>).</summary>
public sealed class AccountSeed
{
    public Guid Id { get; set; }

    [Required]
    public string DisplayName { get; set; } = string.Empty;

    public Platform Platform { get; set; } = Platform.Mt5;

    [Required]
    public string BrokerLogin { get; set; } = string.Empty;

    public string? Server { get; set; }

    /// <summary>The broker company (MT5 <c>company</c>); optional.</summary>
    public string? Broker { get; set; }

    public FundType FundType { get; set; } = FundType.Personal;

    [Required]
    public string Currency { get; set; } = "USD";
}

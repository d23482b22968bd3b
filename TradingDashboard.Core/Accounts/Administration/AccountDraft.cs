using System.ComponentModel.DataAnnotations;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Accounts.Administration;

/// <summary>The editable fields of an account, as an admin form binds them. Validated again by the service.</summary>
public sealed class AccountDraft
{
    /// <summary>The internal id; empty on create means "generate one".</summary>
    public Guid Id { get; set; }

    [Required(ErrorMessage = "Enter a display name.")]
    [StringLength(128, ErrorMessage = "At most 128 characters.")]
    public string DisplayName { get; set; } = string.Empty;

    public Platform Platform { get; set; } = Platform.Mt5;

    [Required(ErrorMessage = "Enter the broker login.")]
    [StringLength(64, ErrorMessage = "At most 64 characters.")]
    public string BrokerLogin { get; set; } = string.Empty;

    [StringLength(128, ErrorMessage = "At most 128 characters.")]
    public string? Server { get; set; }

    [StringLength(128, ErrorMessage = "At most 128 characters.")]
    public string? Broker { get; set; }

    public FundType FundType { get; set; } = FundType.Personal;

    [Required(ErrorMessage = "Enter the account currency.")]
    [RegularExpression("^[A-Za-z]{3}$", ErrorMessage = "A three-letter ISO code, e.g. USD.")]
    public string Currency { get; set; } = "USD";

    public bool IsActive { get; set; } = true;
}

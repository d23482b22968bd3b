using System.ComponentModel.DataAnnotations;
using TradingDashboard.Core.Access;

namespace TradingDashboard.Security.Users;

/// <summary>The admin's "new user" form.</summary>
public sealed class NewUser
{
    [Required(ErrorMessage = "Enter a user name.")]
    [RegularExpression("^[A-Za-z0-9._@-]{3,64}$", ErrorMessage = "3–64 letters, digits or . _ @ -")]
    public string UserName { get; set; } = string.Empty;

    [EmailAddress(ErrorMessage = "Enter a valid e-mail address or leave it empty.")]
    public string? Email { get; set; }

    [Required]
    public string Role { get; set; } = Roles.Trader;

    [Required(ErrorMessage = "Enter a temporary password.")]
    public string TemporaryPassword { get; set; } = string.Empty;
}

using System.ComponentModel.DataAnnotations;

namespace TradingDashboard.Components.Pages.SignIn;

/// <summary>The login form.</summary>
public sealed class LoginInput
{
    [Required(ErrorMessage = "Enter your user name.")]
    public string UserName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter your password.")]
    public string Password { get; set; } = string.Empty;
}

using System.ComponentModel.DataAnnotations;

namespace TradingDashboard.Components.Pages.SignIn;

/// <summary>The change-password form.</summary>
public sealed class PasswordInput
{
    [Required(ErrorMessage = "Enter your current password.")]
    public string CurrentPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter a new password.")]
    [StringLength(256, MinimumLength = 10, ErrorMessage = "Use at least 10 characters.")]
    public string NewPassword { get; set; } = string.Empty;

    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords differ.")]
    public string ConfirmPassword { get; set; } = string.Empty;
}

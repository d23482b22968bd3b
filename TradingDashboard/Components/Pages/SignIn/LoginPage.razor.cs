using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using TradingDashboard.Security.Account;
using TradingDashboard.Security.Identity;

namespace TradingDashboard.Components.Pages.SignIn;

/// <summary>
/// Sign-in, rendered statically (a form post, no circuit). Failures never say which part was
/// wrong; five in a row lock the account for 15 minutes. Users holding a temporary password
/// go to the password page first.
/// </summary>
public sealed partial class LoginPage
{
    public const string InvalidCredentials = "Invalid user name or password.";

    private string? _error;

    [SupplyParameterFromForm(FormName = "login")]
    private LoginInput Input { get; set; } = default!;

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    [Inject]
    private SignInManager<DashboardUser> SignIn { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ILogger<LoginPage> Logger { get; set; } = default!;

    protected override void OnInitialized() => Input ??= new();

    private async Task SignInAsync()
    {
        var userName = Input.UserName.Trim();
        var password = Input.Password;

        // Never echo a password back into the page.
        Input.Password = string.Empty;
        var result = await SignIn.PasswordSignInAsync(userName, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            LoginLog.SignedIn(Logger, userName);
            var target = ReturnUrls.LocalOrHome(ReturnUrl);
            var user = await SignIn.UserManager.FindByNameAsync(userName);
            Navigation.NavigateTo(user?.MustChangePassword == true ? $"account/password?returnUrl={Uri.EscapeDataString(target)}" : target);
            return;
        }

        if (result.IsLockedOut)
        {
            LoginLog.LockedOut(Logger, userName);
            var end = (await SignIn.UserManager.FindByNameAsync(userName))?.LockoutEnd;
            _error = end is { } until && until < DateTimeOffset.MaxValue
                ? $"Account locked until {until.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC after too many failed attempts."
                : "Account locked. Ask an admin to unlock it.";
            return;
        }

        LoginLog.Failed(Logger, userName);
        _error = InvalidCredentials;
    }
}

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using TradingDashboard.Security.Account;
using TradingDashboard.Security.Identity;

namespace TradingDashboard.Components.Pages.SignIn;

/// <summary>
/// Change your own password. Users holding a temporary password are sent here after signing in,
/// and from every other page, until they have changed it; the cookie is then reissued without the flag.
/// </summary>
public sealed partial class PasswordPage
{
    private IReadOnlyList<string> _errors = [];
    private bool _mustChange;
    private bool _changed;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "change-password")]
    private PasswordInput Input { get; set; } = default!;

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    [Inject]
    private SignInManager<DashboardUser> SignIn { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        _mustChange = (await SignIn.UserManager.GetUserAsync(HttpContext.User))?.MustChangePassword == true;
    }

    private async Task ChangeAsync()
    {
        if (await SignIn.UserManager.GetUserAsync(HttpContext.User) is not { } user)
        {
            Navigation.NavigateTo("account/login", forceLoad: true);
            return;
        }

        var (current, next) = (Input.CurrentPassword, Input.NewPassword);

        // Never echo a password back into the page.
        Input = new PasswordInput();
        if (next == current)
        {
            _errors = ["Choose a password different from the current one."];
            return;
        }

        // The current password is checked through the sign-in lockout first, so a left-open session cannot be used to guess it.
        var check = await SignIn.CheckPasswordSignInAsync(user, current, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            await SignIn.SignOutAsync();
            Navigation.NavigateTo("account/login", forceLoad: true);
            return;
        }

        if (!check.Succeeded)
        {
            _errors = ["The current password is wrong."];
            return;
        }

        var result = await SignIn.UserManager.ChangePasswordAsync(user, current, next);
        if (!result.Succeeded)
        {
            _errors = [.. result.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "The current password is wrong." : e.Description)];
            return;
        }

        user.MustChangePassword = false;
        await SignIn.UserManager.UpdateAsync(user);
        await SignIn.RefreshSignInAsync(user);
        if (_mustChange)
        {
            Navigation.NavigateTo(ReturnUrls.LocalOrHome(ReturnUrl));
            return;
        }

        _changed = true;
    }
}

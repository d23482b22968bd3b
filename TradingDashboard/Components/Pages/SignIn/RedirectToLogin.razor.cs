using Microsoft.AspNetCore.Components;

namespace TradingDashboard.Components.Pages.SignIn;

/// <summary>Sends an anonymous visitor (or a circuit whose sign-in ended) to the login page, coming back here afterwards.</summary>
public sealed class RedirectToLogin : ComponentBase
{
    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override void OnInitialized()
    {
        var returnUrl = "/" + Navigation.ToBaseRelativePath(Navigation.Uri);
        Navigation.NavigateTo($"account/login?returnUrl={Uri.EscapeDataString(returnUrl)}", forceLoad: true);
    }
}

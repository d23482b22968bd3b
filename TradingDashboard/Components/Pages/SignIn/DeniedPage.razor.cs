using Microsoft.AspNetCore.Components;

namespace TradingDashboard.Components.Pages.SignIn;

/// <summary>Where the cookie handler sends a signed-in user who may not open a page; answers 403.</summary>
public sealed partial class DeniedPage
{
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    protected override void OnInitialized()
    {
        if (HttpContext is { Response.HasStarted: false } context)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }
    }
}

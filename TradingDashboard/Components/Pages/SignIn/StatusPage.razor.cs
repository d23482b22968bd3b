using Microsoft.AspNetCore.Components;

namespace TradingDashboard.Components.Pages.SignIn;

/// <summary>Re-executed for empty 4xx/5xx answers (status-code pages): a plain message, never a stack trace.</summary>
public sealed partial class StatusPage
{
    [Parameter]
    public int Code { get; set; }

    private string Title => Code switch
    {
        StatusCodes.Status404NotFound => "Page not found",
        StatusCodes.Status401Unauthorized => "Sign in required",
        StatusCodes.Status403Forbidden => "Access denied",
        >= 500 => "Something went wrong",
        _ => "Request refused",
    };

    private string Text => Code switch
    {
        StatusCodes.Status404NotFound => "This page does not exist. Check the address or go back to the dashboard.",
        StatusCodes.Status401Unauthorized => "Sign in to open this page.",
        StatusCodes.Status403Forbidden => ForbiddenNotice.Message,
        >= 500 => "The dashboard could not complete the request. Reload the page; if it keeps failing, the server log has the details.",
        _ => "The dashboard could not handle this request.",
    };
}

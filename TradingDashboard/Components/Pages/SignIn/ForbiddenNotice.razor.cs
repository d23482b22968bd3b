namespace TradingDashboard.Components.Pages.SignIn;

/// <summary>The 403 message, on the denied page and wherever the router refuses a signed-in user.</summary>
public sealed partial class ForbiddenNotice
{
    public const string Message = "You do not have access to this page.";
}

namespace TradingDashboard.Components.Pages.SignIn;

/// <summary>
/// Posts to <c>/account/logout</c> with an antiforgery token; a native form post, so it works from
/// static pages and from interactive ones (the layout's header) alike.
/// </summary>
public sealed partial class SignOutButton;

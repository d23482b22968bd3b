using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;

namespace TradingDashboard.Components;

/// <summary>
/// The document shell: theme, styles, client scripts and the router. No <c>ImportMap</c>: it renders
/// an inline script that the Content-Security-Policy (<c>script-src 'self'</c>) blocks, and there
/// are no JS modules to map yet.
/// </summary>
public sealed partial class App
{
    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    // Pages marked [ExcludeFromInteractiveRouting] (error, sign-in and status pages) render statically,
    // without a circuit: the theme too, so an anonymous visitor never opens the (signed-in only) hub.
    private IComponentRenderMode? PageRenderMode => HttpContext.AcceptsInteractiveRouting() ? RenderMode.InteractiveServer : null;
}

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;

namespace TradingDashboard.Components;

/// <summary>The document shell: theme, styles, client scripts and the router.</summary>
public sealed partial class App
{
    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    // Pages marked [ExcludeFromInteractiveRouting] (the error page) render statically, without a circuit.
    private IComponentRenderMode? PageRenderMode => HttpContext.AcceptsInteractiveRouting() ? RenderMode.InteractiveServer : null;
}

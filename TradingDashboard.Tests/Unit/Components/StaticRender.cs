using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace TradingDashboard.Tests.Unit.Components;

/// <summary>Renders a component the way prerendering does (no circuit) and parses the HTML.</summary>
internal static class StaticRender
{
    public static async Task<IDocument> RenderAsync<TComponent>(IServiceProvider services, IDictionary<string, object?>? parameters = null)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        var view = parameters is null ? ParameterView.Empty : ParameterView.FromDictionary(parameters);
        var html = await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<TComponent>(view)).ToHtmlString());
        return await new HtmlParser().ParseDocumentAsync(html);
    }

    /// <summary>Text of <c>[data-field=…]</c> inside <paramref name="scope"/>, whitespace collapsed.</summary>
    public static string Field(IElement scope, string field) =>
        string.Join(' ', scope.QuerySelector($"[data-field={field}]")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

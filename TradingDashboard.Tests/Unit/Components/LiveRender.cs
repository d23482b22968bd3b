using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.Web.HtmlRendering;
using Microsoft.Extensions.Logging.Abstractions;

namespace TradingDashboard.Tests.Unit.Components;

/// <summary>
/// A component rendered without a browser but kept alive, so it reacts to events (access
/// changes) and re-renders; <see cref="HtmlAsync"/> reads its current output.
/// </summary>
internal sealed class LiveRender : IAsyncDisposable
{
    private readonly HtmlRenderer _renderer;
    private readonly HtmlRootComponent _root;

    private LiveRender(HtmlRenderer renderer, HtmlRootComponent root)
    {
        _renderer = renderer;
        _root = root;
    }

    public static async Task<LiveRender> StartAsync<TComponent>(IServiceProvider services, IDictionary<string, object?>? parameters = null)
        where TComponent : IComponent
    {
        var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        var view = parameters is null ? ParameterView.Empty : ParameterView.FromDictionary(parameters);
        var root = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var rendered = renderer.BeginRenderingComponent<TComponent>(view);
            await rendered.QuiescenceTask;
            return rendered;
        });
        return new LiveRender(renderer, root);
    }

    public async Task<IDocument> HtmlAsync()
    {
        var html = await _renderer.Dispatcher.InvokeAsync(_root.ToHtmlString);
        return await new HtmlParser().ParseDocumentAsync(html);
    }

    /// <summary>Polls the output until <paramref name="condition"/> holds (or fails after five seconds).</summary>
    public async Task<IDocument> WaitForAsync(Func<IDocument, bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (true)
        {
            var html = await HtmlAsync();
            if (condition(html))
            {
                return html;
            }

            Assert.True(DateTime.UtcNow < deadline, "The component did not reach the expected state: " + html.Body?.InnerHtml);
            await Task.Delay(20);
        }
    }

    public ValueTask DisposeAsync() => _renderer.DisposeAsync();
}

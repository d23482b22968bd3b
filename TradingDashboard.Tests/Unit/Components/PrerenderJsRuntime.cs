using Microsoft.JSInterop;

namespace TradingDashboard.Tests.Unit.Components;

/// <summary>Radzen components inject <see cref="IJSRuntime"/>; a static render never calls it, as during prerendering.</summary>
internal sealed class PrerenderJsRuntime : IJSRuntime
{
    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
        throw new InvalidOperationException("JavaScript is not available while prerendering.");

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
        throw new InvalidOperationException("JavaScript is not available while prerendering.");
}

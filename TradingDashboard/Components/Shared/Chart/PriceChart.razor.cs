using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Components.Shared.Chart;

/// <summary>
/// A candlestick chart with volume, indicator series and price lines, drawn by
/// <c>wwwroot/js/chart.js</c> (lightweight-charts). Owns the module and the chart's lifetime;
/// the page pushes data through the methods below once <see cref="OnReady"/> has fired.
/// Calls before that, or after the circuit is gone, are ignored.
/// </summary>
public sealed partial class PriceChart : IAsyncDisposable
{
    private const string ModulePath = "./js/chart.js";

    private ElementReference _host;
    private IJSObjectReference? _module;
    private IJSObjectReference? _chart;
    private bool _disposed;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ILogger<PriceChart> Logger { get; set; } = default!;

    /// <summary>Raised once the chart exists in the browser and accepts data.</summary>
    [Parameter]
    public EventCallback OnReady { get; set; }

    public bool IsReady => _chart is not null && !_disposed;

    /// <summary>Replaces bars and indicators at once (a new symbol or timeframe, or history reloaded).</summary>
    /// <param name="title">Legend heading, e.g. <c>EURUSD · M15</c>.</param>
    public Task SetDataAsync(string title, int digits, IReadOnlyList<Candle> bars, IReadOnlyList<ChartIndicatorData> indicators) =>
        CallAsync("setData", title, digits, bars.Select(ChartBars.ToWire).ToArray(), indicators);

    /// <summary>Revises the last bar or appends a newer one through <c>series.update</c>, with each indicator's values for it.</summary>
    public Task UpdateAsync(Candle bar, IReadOnlyDictionary<string, double?[]> points) =>
        CallAsync("update", ChartBars.ToWire(bar), points);

    public Task SetPriceFormatAsync(int digits) => CallAsync("setPriceFormat", digits);

    public Task SetQuoteAsync(decimal bid, decimal ask) => CallAsync("setQuote", bid, ask);

    public Task SetPositionsAsync(IReadOnlyList<ChartPosition> positions) => CallAsync("setPositions", positions);

    public Task AddIndicatorAsync(ChartIndicatorData indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return CallAsync("addIndicator", indicator.Id, indicator.Spec, indicator.Values, null);
    }

    public Task RemoveIndicatorAsync(string id) => CallAsync("removeIndicator", id);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await ReleaseAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        try
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            _chart = await _module.InvokeAsync<IJSObjectReference>("create", _host, new { digits = 2 });
        }
        catch (JSException ex)
        {
            ChartLog.ChartFailed(Logger, ex);
            return;
        }
        catch (JSDisconnectedException)
        {
            return;
        }

        if (_disposed)
        {
            // Disposed while the module was loading: nothing else will release what was just created.
            await ReleaseAsync();
            return;
        }

        await OnReady.InvokeAsync();
    }

    private async Task ReleaseAsync()
    {
        try
        {
            if (_chart is not null)
            {
                await _chart.InvokeVoidAsync("dispose");
                await _chart.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone and took the chart with it.
        }
        catch (TaskCanceledException)
        {
            // The circuit is shutting down.
        }
    }

    private async Task CallAsync(string method, params object?[] args)
    {
        if (!IsReady)
        {
            return;
        }

        try
        {
            await _chart!.InvokeVoidAsync(method, args);
        }
        catch (JSDisconnectedException)
        {
            // The circuit is going away; the page disposes everything next.
        }
        catch (JSException ex)
        {
            // A drawing fault must not take the circuit (and the live feed) down.
            ChartLog.CallFailed(Logger, ex, method);
        }
    }
}

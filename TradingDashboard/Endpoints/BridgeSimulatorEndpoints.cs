using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Simulation;
using TradingDashboard.Core.Simulation.Bridge;

namespace TradingDashboard.Endpoints;

/// <summary>
/// The simulated MT5 bridge's HTTP API (docs/bridge-openapi.yaml): the read and trading API
/// under <c>/api/mt5</c>, headless control under <c>/mt5/headless</c>, and simulator control
/// (terminal, faults) under <c>/mt5/simulator</c>. Maps nothing when <c>Simulator:Enabled</c> is false.
/// </summary>
public static class BridgeSimulatorEndpoints
{
    public static IEndpointRouteBuilder MapBridgeSimulatorApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<SimulatorOptions>>().Value.Enabled)
        {
            return endpoints;
        }

        var api = endpoints.MapGroup("/api/mt5").WithTags("MT5 bridge");
        MapReadApi(api);
        BridgeSimulatorTradingEndpoints.MapTradingApi(api);
        MapHeadlessApi(endpoints.MapGroup("/mt5/headless").WithTags("MT5 bridge headless"));
        endpoints.MapPost("/mt5/simulator/accounts/{login}/terminal", SetTerminalAsync).WithTags("MT5 bridge simulator");
        BridgeSimulatorTradingEndpoints.MapFaultControl(endpoints);
        return endpoints;
    }

    private static void MapReadApi(RouteGroupBuilder api)
    {
        var json = BridgeSimulatorJsonContext.Default;
        api.MapGet("/bridge/health", (SimulatedBridge bridge) => BridgeSimulatorResults.Ok(bridge.GetHealth(), json.BridgeHealthReport));
        api.MapGet("/accounts/summary", (SimulatedBridge bridge) => BridgeSimulatorResults.Ok(bridge.GetAccountsSummary(), json.BridgeAccountsSummary));

        // Account info and balance are trading reads too: injected faults reach them.
        api.MapGet("/account/{login}/info", (string login, HttpContext context, SimulatedBridge bridge) =>
            BridgeSimulatorFaultGate.RunAsync(context, login, false, () => BridgeSimulatorResults.From(bridge.GetAccountInfo(login), json.BridgeAccountInfo)));
        api.MapGet("/account/{login}/balance", (string login, HttpContext context, SimulatedBridge bridge) =>
            BridgeSimulatorFaultGate.RunAsync(context, login, false, () => BridgeSimulatorResults.From(bridge.GetAccountBalance(login), json.BridgeAccountBalance)));
        api.MapGet("/account/{login}/trades", (string login, SimulatedBridge bridge) =>
            BridgeSimulatorResults.From(bridge.GetTrades(login), json.BridgeTradeHistory));
        api.MapGet("/account/{login}/symbols", (string login, SimulatedMarketData market) =>
            BridgeSimulatorResults.From(market.GetSymbols(login), json.BridgeSymbols));

        // count is read as text so a malformed one gets the bridge's own 400 body, not the framework's.
        api.MapGet("/rates/{login}", (string login, string? symbol, string? timeframe, string? count, SimulatedMarketData market) =>
            BridgeSimulatorResults.From(market.GetRates(login, symbol, timeframe, count), json.BridgeRates));
    }

    private static void MapHeadlessApi(RouteGroupBuilder headless)
    {
        var json = BridgeSimulatorJsonContext.Default;
        headless.MapPost("/poller/start", async (HttpRequest request, HeadlessControl control, CancellationToken cancellationToken) =>
        {
            var (body, error) = await BridgeSimulatorResults.ReadBodyAsync(request, json.AccountRequest, cancellationToken).ConfigureAwait(false);
            return error ?? BridgeSimulatorResults.From(control.StartPoller(body), json.PollerStatus);
        });
        MapSubscription(headless, "/subscribe/price", (control, body) => control.SubscribePrice(body));
        MapSubscription(headless, "/unsubscribe/price", (control, body) => control.UnsubscribePrice(body));
        MapSubscription(headless, "/subscribe/candles", (control, body) => control.SubscribeCandles(body));
        MapSubscription(headless, "/unsubscribe/candles", (control, body) => control.UnsubscribeCandles(body));
        headless.MapGet("/health/{internal_account_id}", ([FromRoute(Name = "internal_account_id")] string accountKey, HeadlessControl control) =>
            BridgeSimulatorResults.From(control.GetDiagnostics(accountKey), json.HeadlessDiagnostics));
    }

    private static void MapSubscription(RouteGroupBuilder headless, string pattern, Func<HeadlessControl, SubscriptionRequest, BridgeOutcome<SubscriptionChange>> change) =>
        headless.MapPost(pattern, async (HttpRequest request, HeadlessControl control, CancellationToken cancellationToken) =>
        {
            var json = BridgeSimulatorJsonContext.Default;
            var (body, error) = await BridgeSimulatorResults.ReadBodyAsync(request, json.SubscriptionRequest, cancellationToken).ConfigureAwait(false);
            return error ?? BridgeSimulatorResults.From(change(control, body!), json.SubscriptionChange);
        });

    private static async Task<IResult> SetTerminalAsync(string login, HttpRequest request, SimulatedBridge bridge, CancellationToken cancellationToken)
    {
        var json = BridgeSimulatorJsonContext.Default;
        var (body, error) = await BridgeSimulatorResults.ReadBodyAsync(request, json.TerminalStateRequest, cancellationToken).ConfigureAwait(false);
        return error ?? BridgeSimulatorResults.From(bridge.SetTerminalConnected(login, body), json.TerminalState);
    }
}

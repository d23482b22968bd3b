using TradingDashboard.Core.Simulation.Bridge.Faults;
using TradingDashboard.Core.Simulation.Bridge.Trading;

namespace TradingDashboard.Endpoints;

/// <summary>
/// The <c>trading</c> paths of docs/bridge-openapi.yaml on the simulated bridge, and the
/// simulator's fault control. Broker decisions are 200s with an MT5 retcode; 400 is a malformed
/// request, 404 an unknown account (or symbol, for symbol info), 500 an injected fault.
/// </summary>
internal static class BridgeSimulatorTradingEndpoints
{
    public static void MapTradingApi(RouteGroupBuilder api)
    {
        var json = BridgeSimulatorJsonContext.Default;
        api.MapGet("/account/{login}/positions", (string login, HttpContext context, SimulatedTrading trading) =>
            BridgeSimulatorFaultGate.RunAsync(context, login, false, () => BridgeSimulatorResults.From(trading.GetPositions(login), json.BridgePositions)));
        api.MapGet("/account/{login}/orders", (string login, HttpContext context, SimulatedTrading trading) =>
            BridgeSimulatorFaultGate.RunAsync(context, login, false, () => BridgeSimulatorResults.From(trading.GetOrders(login), json.BridgePendingOrders)));
        api.MapGet("/account/{login}/symbols/{symbol}", (string login, string symbol, HttpContext context, SimulatedTrading trading) =>
            BridgeSimulatorFaultGate.RunAsync(context, login, false, () => BridgeSimulatorResults.From(trading.GetSymbol(login, symbol), json.BridgeSymbolInfo)));

        // from is read as text so a malformed one gets the bridge's own 400 body, not the framework's.
        api.MapGet("/account/{login}/deals", (string login, string? from, HttpContext context, SimulatedTrading trading) =>
            BridgeSimulatorFaultGate.RunAsync(context, login, false, () => BridgeSimulatorResults.From(trading.GetDeals(login, from), json.BridgeDeals)));

        api.MapPost("/account/{login}/orders", (string login, HttpContext context, SimulatedTrading trading) =>
            BridgeSimulatorFaultGate.RunAsync(context, login, true, async () =>
            {
                var (body, error) = await BridgeSimulatorResults.ReadBodyAsync(context.Request, json.BridgeOrderRequest, context.RequestAborted).ConfigureAwait(false);
                return error ?? BridgeSimulatorResults.From(await trading.PlaceOrderAsync(login, body).ConfigureAwait(false), json.BridgeTradeResult);
            }));
        api.MapPost("/account/{login}/orders/{ticket}/cancel", (string login, string ticket, HttpContext context, SimulatedTrading trading) =>
            BridgeSimulatorFaultGate.RunAsync(context, login, true, () => BridgeSimulatorResults.From(trading.CancelOrder(login, ticket), json.BridgeTradeResult)));
        api.MapPost("/account/{login}/positions/{ticket}/close", (string login, string ticket, HttpContext context, SimulatedTrading trading) =>
            BridgeSimulatorFaultGate.RunAsync(context, login, true, async () =>
            {
                var (body, error) = await BridgeSimulatorResults.ReadBodyAsync(context.Request, json.BridgeCloseRequest, context.RequestAborted).ConfigureAwait(false);
                return error ?? BridgeSimulatorResults.From(await trading.ClosePositionAsync(login, ticket, body).ConfigureAwait(false), json.BridgeTradeResult);
            }));
        api.MapPost("/account/{login}/positions/{ticket}/modify", (string login, string ticket, HttpContext context, SimulatedTrading trading) =>
            BridgeSimulatorFaultGate.RunAsync(context, login, true, async () =>
            {
                var (body, error) = await BridgeSimulatorResults.ReadBodyAsync(context.Request, json.BridgeModifyRequest, context.RequestAborted).ConfigureAwait(false);
                return error ?? BridgeSimulatorResults.From(trading.ModifyPosition(login, ticket, body), json.BridgeTradeResult);
            }));
    }

    public static void MapFaultControl(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/mt5/simulator/faults", async (HttpRequest request, SimulatorFaults faults, CancellationToken cancellationToken) =>
        {
            var json = BridgeSimulatorJsonContext.Default;
            var (body, error) = await BridgeSimulatorResults.ReadBodyAsync(request, json.FaultRequest, cancellationToken).ConfigureAwait(false);
            return error ?? BridgeSimulatorResults.From(faults.Set(body), json.FaultRequest);
        }).WithTags("MT5 bridge simulator");
}

using TradingDashboard.Core.Simulation.Bridge.Faults;

namespace TradingDashboard.Endpoints;

/// <summary>Applies <see cref="SimulatorFaults"/> to one trading call: a 500, a delay before acting, or a held answer after acting.</summary>
internal static class BridgeSimulatorFaultGate
{
    /// <param name="tradeRequest">True for place/close/modify/cancel: only they suffer <c>accept_then_timeout</c>.</param>
    public static async Task<IResult> RunAsync(
        HttpContext context, string login, bool tradeRequest, Func<Task<IResult>> call)
    {
        var services = context.RequestServices;
        var time = services.GetRequiredService<TimeProvider>();
        var aborted = context.RequestAborted;
        switch (services.GetRequiredService<SimulatorFaults>().Take(login, tradeRequest))
        {
            case { Mode: FaultMode.Error }:
                return BridgeSimulatorResults.SimulatedFault();
            case { Mode: FaultMode.Latency } latency:
                await Task.Delay(latency.Latency, time, aborted).ConfigureAwait(false);
                return await call().ConfigureAwait(false);
            case { Mode: FaultMode.AcceptThenTimeout } hold:
                var result = await call().ConfigureAwait(false);
                try
                {
                    await Task.Delay(hold.Latency, time, aborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (aborted.IsCancellationRequested)
                {
                    // The client gave up waiting, as the fault intends; the request was executed all the same.
                }

                return result;
            default:
                return await call().ConfigureAwait(false);
        }
    }

    public static Task<IResult> RunAsync(HttpContext context, string login, bool tradeRequest, Func<IResult> call) =>
        RunAsync(context, login, tradeRequest, () => Task.FromResult(call()));
}

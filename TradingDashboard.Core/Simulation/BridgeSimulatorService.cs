using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Messaging;
using TradingDashboard.Core.Simulation.Publishing;

namespace TradingDashboard.Core.Simulation;

/// <summary>
/// The simulator's publish loop: one step per tick interval, its events sent in order through
/// <see cref="IEventPublisher"/>. A failing step or transport is logged and never ends the loop.
/// </summary>
internal sealed class BridgeSimulatorService(
    SimulatorRuntime runtime,
    IEventPublisher publisher,
    TimeProvider time,
    ILogger<BridgeSimulatorService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = runtime.Options;
        if (!options.Enabled)
        {
            logger.SimulatorDisabled();
            return;
        }

        var engine = new SimulatorEngine(runtime);
        var sender = new SimulatorEventSender(publisher, runtime.Headless, time, options.MaxPendingEvents, logger);
        logger.SimulatorStarted(runtime.Broker.Accounts.Count, runtime.Market.Symbols.Count, options.TicksPerSecond);
        if (runtime.ReplayBars > 0)
        {
            logger.ReplayLoaded(runtime.ReplayBars, options.Replay.Path!, options.Replay.Symbol!);
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / options.TicksPerSecond), time);
        try
        {
            do
            {
                await StepAsync(engine, sender, stoppingToken).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }

        logger.SimulatorStopped();
    }

    private async Task StepAsync(SimulatorEngine engine, SimulatorEventSender sender, CancellationToken stoppingToken)
    {
        try
        {
            await sender.SendAsync(engine.Step(time.GetUtcNow()), stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.StepFailed(ex);
        }
    }
}

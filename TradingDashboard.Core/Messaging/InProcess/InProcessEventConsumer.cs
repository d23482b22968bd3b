using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Messaging.Pipeline;

namespace TradingDashboard.Core.Messaging.InProcess;

/// <summary>Feeds in-process messages, in order, through the same pipeline the RabbitMQ consumer uses.</summary>
internal sealed partial class InProcessEventConsumer(
    InProcessEventBus bus,
    EventPipeline pipeline,
    DeadLetterLog deadLetters,
    ILogger<InProcessEventConsumer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted();
        try
        {
            await foreach (var message in bus.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                var result = await pipeline.ProcessAsync(message.Body, stoppingToken).ConfigureAwait(false);
                if (result.Rejection is { } rejection)
                {
                    deadLetters.Add(message.RoutingKey, rejection, message.Body.Length);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "In-process event transport started")]
    private partial void LogStarted();
}

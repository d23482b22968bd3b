using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Messaging.Pipeline;

namespace TradingDashboard.Core.Messaging.InProcess;

/// <summary>Feeds in-process messages, in order, through the same pipeline the RabbitMQ consumer uses.</summary>
internal sealed partial class InProcessEventConsumer(
    InProcessEventBus bus,
    EventPipeline pipeline,
    DeadLetterLog deadLetters,
    TimeProvider time,
    ILogger<InProcessEventConsumer> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted();
        try
        {
            await foreach (var message in bus.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                var result = await pipeline.ProcessAsync(message.Body, stoppingToken).ConfigureAwait(false);
                while (result.Outcome == ProcessingOutcome.Retry)
                {
                    // Keep order: the same message again once the fault (a busy database) has passed.
                    await Task.Delay(RetryDelay, time, stoppingToken).ConfigureAwait(false);
                    result = await pipeline.ProcessAsync(message.Body, stoppingToken).ConfigureAwait(false);
                }

                if (result is { Outcome: ProcessingOutcome.Rejected, Rejection: { } rejection })
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

using Microsoft.Extensions.Logging;

namespace TradingDashboard.Core.Simulation;

/// <summary>Log messages of the bridge simulator (event ids 4100-4199).</summary>
internal static partial class SimulatorLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Bridge simulator started: {AccountCount} accounts, {SymbolCount} symbols, {TicksPerSecond} ticks/s")]
    public static partial void SimulatorStarted(this ILogger logger, int accountCount, int symbolCount, double ticksPerSecond);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Bridge simulator is disabled (Simulator:Enabled=false); nothing is published")]
    public static partial void SimulatorDisabled(this ILogger logger);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Bridge simulator stopped")]
    public static partial void SimulatorStopped(this ILogger logger);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Publishing {EventType} to {RoutingKey} failed ({Failures} in a row); backing off {BackoffSeconds} s")]
    public static partial void PublishFailed(this ILogger logger, Exception exception, string eventType, string routingKey, int failures, double backoffSeconds);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Publishing recovered after {Failures} failures")]
    public static partial void PublishingRecovered(this ILogger logger, int failures);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning, Message = "Dropped pending {EventType} for {RoutingKey}: more than {MaxPending} events wait for the transport")]
    public static partial void PendingEventDropped(this ILogger logger, string eventType, string routingKey, int maxPending);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Error, Message = "Bridge simulator step failed; the next step goes on")]
    public static partial void StepFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Information, Message = "Replaying {BarCount} bars of {Path} as {Symbol}")]
    public static partial void ReplayLoaded(this ILogger logger, int barCount, string path, string symbol);
}

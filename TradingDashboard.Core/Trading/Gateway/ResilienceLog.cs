using Microsoft.Extensions.Logging;

namespace TradingDashboard.Core.Trading.Gateway;

/// <summary>Log messages of the per-account breakers (event ids 5550-5569).</summary>
internal static partial class ResilienceLog
{
    [LoggerMessage(EventId = 5550, Level = LogLevel.Warning, Message = "Breaker of account {AccountId} opened after {Failures} broker failures; calls fail fast for {BreakMs} ms. Last fault: {LastFault}")]
    public static partial void BreakerOpened(this ILogger logger, Guid accountId, int failures, double breakMs, string? lastFault);

    [LoggerMessage(EventId = 5551, Level = LogLevel.Information, Message = "Breaker of account {AccountId} is half-open: one probe goes through")]
    public static partial void BreakerHalfOpened(this ILogger logger, Guid accountId);

    [LoggerMessage(EventId = 5552, Level = LogLevel.Information, Message = "Breaker of account {AccountId} closed: the broker answers again")]
    public static partial void BreakerClosed(this ILogger logger, Guid accountId);
}

namespace TradingDashboard.Components.Pages.Chart;

/// <summary>Log messages of the chart page.</summary>
internal static partial class ChartPageLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "The bridge failed to serve {What} for account {AccountId}; the chart shows a notice")]
    public static partial void BridgeFailed(ILogger logger, Exception exception, Guid accountId, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chart indicator preferences of user {UserId} could not be read or saved")]
    public static partial void PreferencesFailed(ILogger logger, Exception exception, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A saved {Kind} indicator is no longer valid and was skipped")]
    public static partial void IndicatorSkipped(ILogger logger, Exception exception, string kind);
}

namespace TradingDashboard.Components.Shared.Chart;

/// <summary>Log messages of the chart component.</summary>
internal static partial class ChartLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "The chart module could not be loaded")]
    public static partial void ChartFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chart call {Method} failed in the browser")]
    public static partial void CallFailed(ILogger logger, Exception exception, string method);
}

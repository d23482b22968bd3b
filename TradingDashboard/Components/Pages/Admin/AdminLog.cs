namespace TradingDashboard.Components.Pages.Admin;

/// <summary>Log messages of the admin screens: faults only (the services log refusals and audit changes).</summary>
internal static partial class AdminLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Loading {What} for an admin screen failed")]
    public static partial void LoadFailed(ILogger logger, Exception exception, string what);

    [LoggerMessage(Level = LogLevel.Error, Message = "Admin change {Operation} on {SubjectId} failed")]
    public static partial void ChangeFailed(ILogger logger, Exception exception, string operation, string subjectId);
}

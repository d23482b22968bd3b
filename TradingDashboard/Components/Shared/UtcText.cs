using System.Globalization;

namespace TradingDashboard.Components.Shared;

/// <summary>Timestamps for admin screens: always UTC and said so, to the minute or the second.</summary>
public static class UtcText
{
    /// <summary>"2026-11-21 10:32 UTC".</summary>
    public static string Minutes(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>"2026-11-21 10:32:05 UTC".</summary>
    public static string Seconds(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";
}

namespace TradingDashboard.Core.Connectors.Mt5Bridge;

/// <summary>The bridge's account info, or why it could not be had (a message fit for an admin, no stack trace).</summary>
internal sealed record Mt5AccountInfoResult(Mt5AccountInfo? Info, string? Source, string? Error)
{
    public static Mt5AccountInfoResult Failed(string error) => new(null, null, error);
}

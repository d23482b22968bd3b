namespace TradingDashboard.Core.Connectors.Mt5Bridge;

/// <summary>Where the MT5 bridge's HTTP API is (<c>Bridge</c>).</summary>
public sealed class Mt5BridgeOptions
{
    public const string SectionName = "Bridge";

    /// <summary>The bridge's base URL, e.g. <c>http://mt5-bridge:8000/</c>. Unset: the simulator inside this app.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>How long one call may take before it counts as a timeout.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The configured base URL as an absolute http(s) URI ending in '/', or null when unset.</summary>
    public Uri? ConfiguredBaseAddress() =>
        string.IsNullOrWhiteSpace(BaseUrl) ? null : new Uri(BaseUrl.Trim().TrimEnd('/') + "/", UriKind.Absolute);
}

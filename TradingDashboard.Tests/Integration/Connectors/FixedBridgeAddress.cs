using TradingDashboard.Core.Connectors.Mt5Bridge;

namespace TradingDashboard.Tests.Integration.Connectors;

/// <summary>A bridge at a known address (the test's simulator, or a dead port).</summary>
internal sealed class FixedBridgeAddress(Uri address) : IBridgeAddress
{
    public Uri? Current { get; } = address;
}

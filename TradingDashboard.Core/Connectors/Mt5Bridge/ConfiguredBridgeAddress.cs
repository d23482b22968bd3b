using Microsoft.Extensions.Options;

namespace TradingDashboard.Core.Connectors.Mt5Bridge;

/// <summary>The address from <see cref="Mt5BridgeOptions.BaseUrl"/> only.</summary>
internal sealed class ConfiguredBridgeAddress(IOptions<Mt5BridgeOptions> options) : IBridgeAddress
{
    public Uri? Current => options.Value.ConfiguredBaseAddress();
}

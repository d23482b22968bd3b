namespace TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

/// <summary>How long the bridge may take: reads (<c>Bridge:Timeout</c>) and trade requests (<c>Connectors:TradeTimeoutMs</c>).</summary>
internal sealed record Mt5BridgeTimeouts(TimeSpan Read, TimeSpan Trade);

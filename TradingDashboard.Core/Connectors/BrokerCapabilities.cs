namespace TradingDashboard.Core.Connectors;

/// <summary>What a connector can do; the UI and the pipeline refuse what it cannot.</summary>
public sealed record BrokerCapabilities(bool Streaming, bool PendingOrders, bool PartialClose, bool Hedging);

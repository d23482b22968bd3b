namespace TradingDashboard.Core.Connectors;

/// <summary>Deletes a pending order.</summary>
public sealed record BrokerCancelRequest(long OrderTicket);

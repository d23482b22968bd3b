namespace TradingDashboard.Core.Events.Payloads;

/// <summary><c>position.closed</c>: the position and the deals that opened and closed it.</summary>
public sealed record PositionClosedPayload(long PositionId, string Symbol, IReadOnlyList<DealRecord> Deals);

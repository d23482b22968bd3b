namespace TradingDashboard.Core.Connectors;

/// <summary>Closes a position, wholly (<see cref="Volume"/> null) or partly.</summary>
/// <param name="ClientTag">Idempotency tag of the closing order (<see cref="ClientOrderTag"/>).</param>
public sealed record BrokerCloseRequest(long PositionTicket, decimal? Volume, string ClientTag, long Magic = 0, int DeviationPoints = 20);

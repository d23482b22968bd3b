namespace TradingDashboard.Core.Simulation.Publishing;

/// <summary>An event ready to publish; it is serialized at send time so <c>sent_at</c> is true.</summary>
/// <param name="Login">The account it belongs to, for diagnostics.</param>
/// <param name="MustDeliver">Kept and retried while the transport fails (completed bars); market data is simply superseded.</param>
internal sealed record OutboundEvent(string Login, string Type, string RoutingKey, bool MustDeliver, Func<DateTimeOffset, byte[]> Serialize);

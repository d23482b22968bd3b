namespace TradingDashboard.Core.Domain;

/// <summary>All open positions of an account at one moment.</summary>
public sealed record PositionsSnapshot(Guid AccountId, IReadOnlyList<Position> Positions, DateTimeOffset AsOf);

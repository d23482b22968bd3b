namespace TradingDashboard.Core.Events.Payloads;

/// <summary><c>positions.snapshot</c>: every open position of the account.</summary>
public sealed record PositionsSnapshotPayload(IReadOnlyList<PositionRecord> Positions);

namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary><c>POST /mt5/headless/poller/start</c>. One poller per account; starting it again is a no-op.</summary>
public sealed record PollerStatus(Guid? InternalAccountId, string Login, bool Active, bool AlreadyRunning, DateTimeOffset StartedAt);

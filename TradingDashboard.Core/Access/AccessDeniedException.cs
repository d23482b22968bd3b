namespace TradingDashboard.Core.Access;

/// <summary>A caller asked for an account or function it may not use. The message is safe to show to that caller.</summary>
public sealed class AccessDeniedException(AccessDeniedReason reason, string message) : DashboardException(message)
{
    public AccessDeniedReason Reason { get; } = reason;
}

namespace TradingDashboard.Core.Messaging.Pipeline;

/// <summary>What the pipeline did with one message. Everything but <see cref="Rejected"/> is acked.</summary>
public enum ProcessingOutcome
{
    Applied,
    Duplicate,
    Stale,
    Rejected,
}

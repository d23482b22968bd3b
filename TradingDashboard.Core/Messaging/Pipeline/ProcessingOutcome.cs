namespace TradingDashboard.Core.Messaging.Pipeline;

/// <summary>What the pipeline did with one message. Applied, Duplicate and Stale are acked.</summary>
public enum ProcessingOutcome
{
    Applied,
    Duplicate,
    Stale,

    /// <summary>Dead-letter it: it will never apply.</summary>
    Rejected,

    /// <summary>Not applied because of a transient fault (database busy or down): deliver it again later.</summary>
    Retry,
}

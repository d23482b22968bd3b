namespace TradingDashboard.Core.Domain;

/// <summary>Where an account snapshot came from.</summary>
public enum SnapshotSource
{
    /// <summary>An <c>account.info</c> event from the bridge.</summary>
    Event,

    /// <summary>The bridge's <c>live_data</c> (read from the terminal).</summary>
    LiveData,

    /// <summary>The bridge's <c>stored_data</c> fallback.</summary>
    StoredData,
}

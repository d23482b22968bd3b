using System.ComponentModel.DataAnnotations;

namespace TradingDashboard.Core.Streaming;

/// <summary>Fan-out settings (<c>Streaming</c>).</summary>
public sealed class StreamingOptions
{
    public const string SectionName = "Streaming";

    /// <summary>Distinct keys a subscriber may have unread before the oldest is evicted.</summary>
    [Range(8, 100_000)]
    public int SubscriberBufferCapacity { get; set; } = 512;
}

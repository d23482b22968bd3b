namespace TradingDashboard.Core.Streaming;

/// <summary>What a subscriber listens to: one group key, or every group starting with a prefix.</summary>
public sealed record MarketTopic(string Key, bool IsPrefix)
{
    public static MarketTopic Group(string groupKey) => new(groupKey, false);

    public static MarketTopic Prefix(string prefix) => new(prefix, true);

    public bool Matches(string groupKey) =>
        IsPrefix ? groupKey.StartsWith(Key, StringComparison.Ordinal) : string.Equals(groupKey, Key, StringComparison.Ordinal);
}

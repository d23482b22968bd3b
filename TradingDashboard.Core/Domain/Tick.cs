namespace TradingDashboard.Core.Domain;

/// <summary>A price quote for one symbol of one account. Symbol keeps the broker's casing.</summary>
public sealed record Tick(
    Guid AccountId,
    string Symbol,
    decimal Bid,
    decimal Ask,
    decimal Last,
    decimal Volume,
    DateTimeOffset Time,
    long TimeMsc,
    int Flags);

namespace TradingDashboard.Core.Domain;

/// <summary>Balances as the broker reported them. The dashboard never computes a balance.</summary>
public sealed record AccountSnapshot(
    Guid AccountId,
    string Login,
    decimal Balance,
    decimal Equity,
    decimal Profit,
    decimal Margin,
    decimal MarginFree,
    decimal MarginLevel,
    int Leverage,
    string Currency,
    bool TradeAllowed,
    string? Name,
    string? Server,
    string? Company,
    SnapshotSource Source,
    DateTimeOffset AsOf);

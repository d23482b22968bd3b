namespace TradingDashboard.Core.Connectors;

/// <summary>The broker's view of the account; the dashboard never computes a balance itself.</summary>
public sealed record BrokerAccountInfo(
    string Login,
    string Currency,
    decimal Balance,
    decimal Equity,
    decimal Margin,
    decimal MarginFree,
    int Leverage,
    bool TradeAllowed,
    bool Hedging);

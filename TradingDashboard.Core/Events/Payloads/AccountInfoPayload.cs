namespace TradingDashboard.Core.Events.Payloads;

/// <summary><c>account.info</c>: MetaTrader5 <c>account_info</c> fields.</summary>
public sealed record AccountInfoPayload(
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
    string? Company);

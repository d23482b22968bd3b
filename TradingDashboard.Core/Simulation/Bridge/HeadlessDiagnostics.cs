namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary><c>GET /mt5/headless/health/{internal_account_id}</c>.</summary>
public sealed record HeadlessDiagnostics(
    Guid? InternalAccountId,
    string Login,
    bool PollerActive,
    DateTimeOffset? PollerStartedAt,
    bool TerminalConnected,
    IReadOnlyList<SubscriptionCount> PriceSubscriptions,
    IReadOnlyList<SubscriptionCount> CandleSubscriptions,
    DateTimeOffset? LastPublishAt,
    long EventsPublished,
    long PublishFailures,
    DateTimeOffset RetrievedAt);

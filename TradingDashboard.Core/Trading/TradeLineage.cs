namespace TradingDashboard.Core.Trading;

/// <summary>Where a trade came from; stored on every order and trade.</summary>
/// <param name="LiveRunId">The bot live run, for bot trades.</param>
/// <param name="CorrelationId">Ties the orders of one decision together (e.g. a UI ticket, a signal).</param>
/// <param name="RequestedBy">User id, or "system" for automatic actions.</param>
public sealed record TradeLineage(
    TradeSource Source,
    string RequestedBy,
    Guid? LiveRunId = null,
    string? BotVersion = null,
    string? CorrelationId = null)
{
    public static TradeLineage ManualBy(string userId, string? correlationId = null) => new(TradeSource.Manual, userId, CorrelationId: correlationId);
}

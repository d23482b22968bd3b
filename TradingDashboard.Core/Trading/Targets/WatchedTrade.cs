using TradingDashboard.Core.Access;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Trading.Targets;

/// <summary>An open trade with a TP1 still to reach or to finish (break-even), as last read from the books.</summary>
internal sealed record WatchedTrade(
    Guid Id,
    Guid AccountId,
    long PositionTicket,
    string Symbol,
    PositionSide Direction,
    decimal OpenVolume,
    decimal RemainingVolume,
    decimal OpenPrice,
    decimal? StopLoss,
    decimal? TakeProfit,
    decimal TargetPrice,
    decimal TargetFraction,
    bool TargetHit,
    TradeSource Source,
    Guid? LiveRunId,
    string? BotVersion,
    string? CorrelationId)
{
    /// <summary>The trade's lineage, asked for by the platform itself.</summary>
    public TradeLineage Lineage => new(Source, AccessUser.System.UserId, LiveRunId, BotVersion, CorrelationId);

    public string CloseKey => $"tp1:{Id:N}";

    public string BreakEvenKey => $"be:{Id:N}";
}

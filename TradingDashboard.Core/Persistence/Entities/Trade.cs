using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Core.Persistence.Entities;

/// <summary>A position's life in the dashboard's books: opened, partly closed, closed, with lineage.</summary>
public sealed class Trade
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }

    /// <summary>The broker's position ticket; unique per account.</summary>
    public long PositionTicket { get; set; }

    public required string Symbol { get; set; }
    public PositionSide Direction { get; set; }
    public TradeStatus Status { get; set; }

    public decimal OpenVolume { get; set; }

    /// <summary>What is still open after partial closes; 0 once closed.</summary>
    public decimal RemainingVolume { get; set; }

    public decimal OpenPrice { get; set; }
    public decimal? StopLoss { get; set; }
    public decimal? TakeProfit { get; set; }
    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Volume-weighted price of the closing deals so far.</summary>
    public decimal? ClosePrice { get; set; }

    /// <summary>Realized profit, swap and commission of the closing deals so far, in the account currency.</summary>
    public decimal RealizedProfit { get; set; }
    public decimal Swap { get; set; }
    public decimal Commission { get; set; }
    public CloseReason? CloseReason { get; set; }

    public TradeSource Source { get; set; }
    public Guid? LiveRunId { get; set; }
    public string? BotVersion { get; set; }
    public string? CorrelationId { get; set; }

    /// <summary>The opening order's key; null for positions opened outside the dashboard.</summary>
    public string? IdempotencyKey { get; set; }

    public Guid? OpeningOrderId { get; set; }

    /// <summary>TP1: price, fraction of <see cref="OpenVolume"/> to close, and progress.</summary>
    public decimal? ProfitTargetPrice { get; set; }
    public decimal? ProfitTargetFraction { get; set; }
    public bool ProfitTargetHit { get; set; }
    public bool BreakEvenSet { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Core.Persistence.Entities;

/// <summary>One intent sent (or about to be sent) to a broker, with its lineage and outcome.</summary>
public sealed class TradeOrder
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }

    /// <summary>The caller's key; unique over all orders, so a resubmitted intent finds this row.</summary>
    public required string IdempotencyKey { get; set; }

    /// <summary>The broker comment derived from the key (<see cref="ClientOrderTag"/>); unique.</summary>
    public required string ClientTag { get; set; }

    public OrderKind Kind { get; set; }
    public OrderStatus Status { get; set; }
    public required string Symbol { get; set; }
    public PositionSide Direction { get; set; }
    public OrderType OrderType { get; set; }
    public decimal Volume { get; set; }
    public decimal? Price { get; set; }
    public decimal? StopLoss { get; set; }
    public decimal? TakeProfit { get; set; }

    /// <summary>The position this order opened, closed or modified (once known).</summary>
    public long? PositionTicket { get; set; }

    /// <summary>The broker's order ticket (pending orders, and the order of a deal).</summary>
    public long? BrokerOrderTicket { get; set; }

    public long? DealTicket { get; set; }
    public decimal? FillPrice { get; set; }
    public decimal? FilledVolume { get; set; }
    public TradeResultCode? ResultCode { get; set; }
    public int? Retcode { get; set; }
    public string? Message { get; set; }
    public CloseReason? CloseReason { get; set; }

    public TradeSource Source { get; set; }
    public required string RequestedBy { get; set; }
    public Guid? LiveRunId { get; set; }
    public string? BotVersion { get; set; }
    public string? CorrelationId { get; set; }
    public long Magic { get; set; }

    /// <summary>The trade this order belongs to, once known.</summary>
    public Guid? TradeId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Trading.Execution;

/// <summary>A new order row with its key, broker tag and lineage; the pipeline records it before sending.</summary>
internal static class OrderDraft
{
    public static TradeOrder New(Guid accountId, string idempotencyKey, OrderKind kind, TradeLineage lineage, string symbol, PositionSide direction, OrderType type, decimal volume)
    {
        ArgumentNullException.ThrowIfNull(lineage);
        return new TradeOrder
        {
            Id = Guid.NewGuid(),
            AccountId = accountId,
            IdempotencyKey = idempotencyKey,
            ClientTag = ClientOrderTag.For(idempotencyKey),
            Kind = kind,
            Status = OrderStatus.Recorded,
            Symbol = symbol,
            Direction = direction,
            OrderType = type,
            Volume = volume,
            Source = lineage.Source,
            RequestedBy = lineage.RequestedBy,
            LiveRunId = lineage.LiveRunId,
            BotVersion = lineage.BotVersion,
            CorrelationId = lineage.CorrelationId,
        };
    }

    /// <summary>Why a key or lineage cannot be stored (the columns' widths), or null.</summary>
    public static string? Problem(string? idempotencyKey, TradeLineage? lineage) =>
        string.IsNullOrWhiteSpace(idempotencyKey) ? "An idempotency key is required."
        : idempotencyKey.Length > 200 ? "The idempotency key is longer than 200 characters."
        : lineage is null ? "The order's lineage is required."
        : string.IsNullOrWhiteSpace(lineage.RequestedBy) || lineage.RequestedBy.Length > 64 ? "The lineage must name who asked (at most 64 characters)."
        : lineage.BotVersion is { Length: > 64 } ? "The bot version is longer than 64 characters."
        : lineage.CorrelationId is { Length: > 100 } ? "The correlation id is longer than 100 characters."
        : null;
}

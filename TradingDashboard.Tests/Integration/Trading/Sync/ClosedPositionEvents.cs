using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Events;
using TradingDashboard.Core.Events.Payloads;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Trading;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Trading.Sync;

/// <summary><c>position.closed</c> events with chosen deals, and the books they act on (EURUSD, opened at <see cref="Opened"/>).</summary>
internal static class ClosedPositionEvents
{
    public static readonly DateTimeOffset Opened = TestEvents.BaseTime;

    public static byte[] Body(Guid accountId, long positionId, Guid eventId, params DealRecord[] deals) =>
        EventSerializer.Serialize(TestEvents.Envelope(accountId, EventTypes.PositionClosed, new PositionClosedPayload(positionId, "EURUSD", deals), eventId));

    /// <summary>The entry deal of a buy.</summary>
    public static DealRecord Entry(long positionId, decimal volume, decimal price, string? comment = null, long magic = 0) =>
        new(positionId * 10, positionId * 10, Opened.ToUnixTimeSeconds(), 0, 0, positionId, volume, price, -0.35m, 0m, 0m, magic, comment, 0);

    /// <summary>A sell deal closing (part of) a buy, <paramref name="minutes"/> after the open.</summary>
    public static DealRecord Exit(long positionId, int n, decimal volume, decimal price, decimal profit, DealReason reason, int minutes, string? comment = null, long magic = 0) =>
        new((positionId * 10) + n, (positionId * 10) + n, Opened.AddMinutes(minutes).ToUnixTimeSeconds(), 1, 1, positionId, volume, price, -0.35m, -0.12m, profit, magic, comment, (int)reason);

    /// <summary>An open buy in the books, as the order pipeline writes one.</summary>
    public static async Task<Trade> OpenTradeAsync(IDbContextFactory<DashboardDbContext> contexts, Guid accountId, long positionId, decimal volume, TradeSource source = TradeSource.Manual, CloseReason? reason = null)
    {
        var trade = new Trade
        {
            Id = Guid.NewGuid(),
            AccountId = accountId,
            PositionTicket = positionId,
            Symbol = "EURUSD",
            Direction = PositionSide.Buy,
            Status = TradeStatus.Open,
            OpenVolume = volume,
            RemainingVolume = volume,
            OpenPrice = 1.08000m,
            OpenedAt = Opened,
            Source = source,
            IdempotencyKey = $"open:{positionId}",
            CloseReason = reason,
            UpdatedAt = Opened,
        };
        await using var db = await contexts.CreateDbContextAsync();
        db.Trades.Add(trade);
        await db.SaveChangesAsync();
        return trade;
    }

    /// <summary>A dashboard order in the books whose broker tag is <see cref="ClientOrderTag.For"/> of <paramref name="key"/>.</summary>
    public static async Task<TradeOrder> OrderAsync(IDbContextFactory<DashboardDbContext> contexts, Guid accountId, string key, OrderKind kind, long? positionId, TradeSource source = TradeSource.Manual, CloseReason? reason = null)
    {
        var order = new TradeOrder
        {
            Id = Guid.NewGuid(),
            AccountId = accountId,
            IdempotencyKey = key,
            ClientTag = ClientOrderTag.For(key),
            Kind = kind,
            Status = OrderStatus.Done,
            Symbol = "EURUSD",
            Direction = PositionSide.Buy,
            OrderType = OrderType.Market,
            Volume = 0.10m,
            PositionTicket = positionId,
            Source = source,
            RequestedBy = "u-1",
            LiveRunId = source == TradeSource.Bot ? Guid.Parse("7d3c2f9a-1b4e-4c8d-9a6f-2e5b8c1d0a01") : null,
            BotVersion = source == TradeSource.Bot ? "1.4.2" : null,
            CorrelationId = "signal-17",
            Magic = source == TradeSource.Bot ? 4242 : 0,
            CloseReason = reason,
            CreatedAt = Opened,
        };
        await using var db = await contexts.CreateDbContextAsync();
        db.TradeOrders.Add(order);
        await db.SaveChangesAsync();
        return order;
    }

    public static async Task<Trade> TradeAsync(IDbContextFactory<DashboardDbContext> contexts, Guid accountId, long positionId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Trades.AsNoTracking().SingleAsync(t => t.AccountId == accountId && t.PositionTicket == positionId);
    }
}

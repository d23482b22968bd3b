using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Events;
using TradingDashboard.Core.Events.Payloads;
using TradingDashboard.Core.Simulation.Accounts;
using TradingDashboard.Core.Simulation.Bridge.Trading;
using TradingDashboard.Core.Simulation.Market;
using TradingDashboard.Core.Simulation.Trading;

namespace TradingDashboard.Core.Simulation.Publishing;

/// <summary>Wraps payloads in the bridge envelope of ARCHITECTURE.md, one new <c>event_id</c> each.</summary>
internal static class SimulatorEventFactory
{
    public const string Source = "bridge-simulator";

    public static OutboundEvent Tick(SimulatedAccount account, MarketQuote quote)
    {
        // MT5 reports last and volume as 0 for quote-driven (forex/CFD) symbols.
        var payload = new PriceTickPayload(
            quote.Symbol.Name, quote.Bid, quote.Ask, 0m, 0m, quote.Time.ToUnixTimeSeconds(), quote.Time.ToUnixTimeMilliseconds(), quote.Flags);
        var envelope = Envelope(account, EventTypes.PriceTick, quote.Time, payload);
        return Outbound(account, EventTypes.PriceTick, false, at => EventSerializer.Serialize(envelope with { SentAt = at }));
    }

    public static OutboundEvent Candle(SimulatedAccount account, CandleUpdatePayload payload, DateTimeOffset occurredAt)
    {
        var envelope = Envelope(account, EventTypes.CandleUpdate, occurredAt, payload);
        return Outbound(account, EventTypes.CandleUpdate, payload.Complete == true, at => EventSerializer.Serialize(envelope with { SentAt = at }));
    }

    public static OutboundEvent AccountInfo(SimulatedAccount account, AccountInfoPayload payload, DateTimeOffset occurredAt)
    {
        var envelope = Envelope(account, EventTypes.AccountInfo, occurredAt, payload);
        return Outbound(account, EventTypes.AccountInfo, false, at => EventSerializer.Serialize(envelope with { SentAt = at }));
    }

    public static OutboundEvent Positions(SimulatedAccount account, IReadOnlyList<PositionRecord> positions, DateTimeOffset occurredAt)
    {
        var envelope = Envelope(account, EventTypes.PositionsSnapshot, occurredAt, new PositionsSnapshotPayload(positions));
        return Outbound(account, EventTypes.PositionsSnapshot, false, at => EventSerializer.Serialize(envelope with { SentAt = at }));
    }

    /// <summary>A position closed in full, with all its deals; kept and retried while the transport fails.</summary>
    public static OutboundEvent PositionClosed(SimulatedAccount account, ClosedPosition closed, DateTimeOffset occurredAt)
    {
        var payload = new PositionClosedPayload(closed.PositionTicket, closed.Symbol, [.. closed.Deals.Select(BridgeRecords.DealRecord)]);
        var envelope = Envelope(account, EventTypes.PositionClosed, occurredAt, payload);
        return Outbound(account, EventTypes.PositionClosed, true, at => EventSerializer.Serialize(envelope with { SentAt = at }));
    }

    private static OutboundEvent Outbound(SimulatedAccount account, string type, bool mustDeliver, Func<DateTimeOffset, byte[]> serialize) =>
        new(account.Login, type, RoutingKeys.For(account.AccountKey, type), mustDeliver, serialize);

    private static EventEnvelope<T> Envelope<T>(SimulatedAccount account, string type, DateTimeOffset occurredAt, T payload) => new()
    {
        EventId = Guid.NewGuid(),
        EventVersion = 1,
        Source = Source,
        Platform = PlatformNames.Mt5,
        Type = type,
        InternalAccountId = account.InternalAccountId,
        SourceAccountKey = account.Login,
        OccurredAt = occurredAt,
        Payload = payload,
    };
}

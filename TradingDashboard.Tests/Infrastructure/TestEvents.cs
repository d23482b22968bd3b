using TradingDashboard.Core.Events;
using TradingDashboard.Core.Events.Payloads;

namespace TradingDashboard.Tests.Infrastructure;

/// <summary>Serialized bridge events in the wire format, for feeding real pipelines and brokers.</summary>
public static class TestEvents
{
    public static readonly DateTimeOffset BaseTime = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    public static byte[] Tick(Guid accountId, string symbol, decimal bid, decimal ask, long timeMsc, Guid? eventId = null) =>
        EventSerializer.Serialize(Envelope(accountId, EventTypes.PriceTick, new PriceTickPayload(symbol, bid, ask, 0m, 0m, timeMsc / 1000, timeMsc, 6), eventId));

    public static byte[] Candle(Guid accountId, string symbol, string timeframe, long barTime, decimal close, DateTimeOffset occurredAt, Guid? eventId = null) =>
        EventSerializer.Serialize(Envelope(
            accountId,
            EventTypes.CandleUpdate,
            new CandleUpdatePayload(symbol, timeframe, barTime, close, close + 1, close - 1, close, 10, 5, 0, null),
            eventId,
            occurredAt));

    public static byte[] AccountInfo(Guid accountId, decimal balance, decimal equity, DateTimeOffset occurredAt, Guid? eventId = null) =>
        EventSerializer.Serialize(Envelope(
            accountId,
            EventTypes.AccountInfo,
            new AccountInfoPayload("51234567", balance, equity, equity - balance, 100m, equity - 100m, equity / 100m * 100m, 500, "USD", true, "Demo", "MetaQuotes-Demo", "MetaQuotes Ltd."),
            eventId,
            occurredAt));

    public static byte[] PositionClosed(Guid accountId, long positionId, Guid eventId) =>
        EventSerializer.Serialize(Envelope(
            accountId,
            EventTypes.PositionClosed,
            new PositionClosedPayload(positionId, "EURUSD", [
                new DealRecord(1001, 2001, 1_763_632_800, 0, 0, positionId, 0.10m, 1.08000m, -0.35m, 0m, 0m, 0, null, 0),
                new DealRecord(1002, 2002, 1_763_636_400, 1, 1, positionId, 0.10m, 1.08250m, -0.35m, -0.12m, 25.00m, 0, "tp", 5),
            ]),
            eventId));

    /// <summary>An envelope that names its account only by legacy broker login fields.</summary>
    public static byte[] LegacyTick(string brokerLogin, string symbol, decimal bid, decimal ask, long timeMsc) =>
        EventSerializer.Serialize(new EventEnvelope<PriceTickPayload>
        {
            EventId = Guid.NewGuid(),
            Type = EventTypes.PriceTick,
            AccountId = brokerLogin,
            BrokerLogin = brokerLogin,
            OccurredAt = BaseTime,
            Payload = new PriceTickPayload(symbol, bid, ask, 0m, 0m, timeMsc / 1000, timeMsc, 6),
        });

    public static EventEnvelope<T> Envelope<T>(Guid accountId, string type, T payload, Guid? eventId = null, DateTimeOffset? occurredAt = null) => new()
    {
        EventId = eventId ?? Guid.NewGuid(),
        Source = "tests",
        Type = type,
        InternalAccountId = accountId,
        SourceAccountKey = "51234567",
        OccurredAt = occurredAt ?? BaseTime,
        SentAt = occurredAt ?? BaseTime,
        Payload = payload,
    };
}

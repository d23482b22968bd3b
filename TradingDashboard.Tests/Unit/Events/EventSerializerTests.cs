using System.Text.Json;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Events;
using TradingDashboard.Core.Events.Payloads;
using TradingDashboard.Core.Events.Validation;

namespace TradingDashboard.Tests.Unit.Events;

/// <summary>What the simulator writes, the consumer reads back unchanged: writer and reader agree on the wire names.</summary>
public sealed class EventSerializerTests
{
    private static readonly EventReader Reader = new(256 * 1024);
    private static readonly Guid AccountId = Guid.Parse("8d7e6f50-1a2b-4c3d-9e8f-0a1b2c3d4e5f");
    private static readonly DateTimeOffset OccurredAt = new(2025, 11, 20, 10, 0, 0, 250, TimeSpan.Zero);

    private static readonly PriceTickPayload Tick = new("btcusd.A", 91234.50m, 91240.10m, 91236.00m, 0.5m, 1_763_632_800, 1_763_632_800_250, 6);
    private static readonly CandleUpdatePayload Candle = new("EURUSD", "MN1", 1_761_955_200, 1.0845m, 1.0851m, 1.0841m, 1.0848m, 412, 3, 7, true);
    private static readonly AccountInfoPayload Account = new("51234567", 10000m, 10017.90m, 17.90m, 21.69m, 9996.21m, 46186.72m, 500, "USD", false, "Jane Trader", "MetaQuotes-Demo", null);

    private static readonly PositionRecord[] Positions =
    [
        new(50123401, 1_763_629_200, 0, 0, 50123401, 0.10m, 1.08320m, 1.07800m, 1.09000m, 1.08451m, -0.12m, 13.10m, "EURUSD", null),
        new(50123402, 1_763_630_100, 1, 20250101, 50123402, 0.02m, 2650.50m, 0m, 2600.00m, 2648.10m, 0m, -4.80m, "XAUUSD.m", "bot:grid"),
    ];

    private static readonly DealRecord[] Deals =
    [
        new(70000001, 60000001, 1_763_629_200, 0, 0, 50123401, 0.10m, 1.08320m, -0.35m, 0m, 0m, 0, null, 0),
        new(70000002, 60000002, 1_763_636_400, 1, 1, 50123401, 0.10m, 1.09000m, -0.35m, -0.12m, 68.00m, 0, "[tp 1.09000]", 5),
    ];

    [Fact]
    public void Serialize_PriceTick_ReadsBackEqual()
    {
        var inbound = RoundTrip(EventSerializer.Serialize(Envelope(EventTypes.PriceTick, Tick)), EventTypes.PriceTick);

        Assert.Equal(Tick, inbound.Payload);
    }

    [Fact]
    public void Serialize_CandleUpdate_ReadsBackEqual()
    {
        var inbound = RoundTrip(EventSerializer.Serialize(Envelope(EventTypes.CandleUpdate, Candle)), EventTypes.CandleUpdate);

        Assert.Equal(Candle, inbound.Payload);
    }

    [Fact]
    public void Serialize_PositionsSnapshot_ReadsBackEqual()
    {
        var body = EventSerializer.Serialize(Envelope(EventTypes.PositionsSnapshot, new PositionsSnapshotPayload(Positions)));

        var payload = Assert.IsType<PositionsSnapshotPayload>(RoundTrip(body, EventTypes.PositionsSnapshot).Payload);

        Assert.Equal(Positions, payload.Positions);
    }

    [Fact]
    public void Serialize_AccountInfo_ReadsBackEqual()
    {
        var inbound = RoundTrip(EventSerializer.Serialize(Envelope(EventTypes.AccountInfo, Account)), EventTypes.AccountInfo);

        Assert.Equal(Account, inbound.Payload);
    }

    [Fact]
    public void Serialize_PositionClosed_ReadsBackEqual()
    {
        var body = EventSerializer.Serialize(Envelope(EventTypes.PositionClosed, new PositionClosedPayload(50123401, "EURUSD", Deals)));

        var payload = Assert.IsType<PositionClosedPayload>(RoundTrip(body, EventTypes.PositionClosed).Payload);

        Assert.Equal((50123401L, "EURUSD"), (payload.PositionId, payload.Symbol));
        Assert.Equal(Deals, payload.Deals);
    }

    [Fact]
    public void Serialize_LegacyAccountFields_ReadBackAsLogins()
    {
        var envelope = Envelope(EventTypes.PriceTick, Tick) with { InternalAccountId = null, SourceAccountKey = null, AccountId = "51234567", BrokerLogin = "51234567" };

        var inbound = RoundTrip(EventSerializer.Serialize(envelope), EventTypes.PriceTick, expectInternalId: false);

        Assert.Equal(["51234567"], inbound.Account.BrokerLogins);
    }

    [Fact]
    public void Serialize_Envelope_WritesTheContractFieldNames()
    {
        var envelope = Envelope(EventTypes.PriceTick, Tick) with { AccountId = "51234567", BrokerLogin = "51234567" };

        var names = PropertyNames(EventSerializer.Serialize(envelope));

        Assert.Equal(
            ["event_id", "event_version", "source", "platform", "type", "internal_account_id", "source_account_key", "account_id", "broker_login", "occurred_at", "sent_at", "trace_id", "payload"],
            names);
    }

    [Fact]
    public void Serialize_Payloads_WriteMetaTrader5FieldNames()
    {
        Assert.Equal(
            ["symbol", "bid", "ask", "last", "volume", "time", "time_msc", "flags"],
            PayloadNames(EventSerializer.Serialize(Envelope(EventTypes.PriceTick, Tick))));
        Assert.Equal(
            ["symbol", "timeframe", "time", "open", "high", "low", "close", "tick_volume", "spread", "real_volume", "complete"],
            PayloadNames(EventSerializer.Serialize(Envelope(EventTypes.CandleUpdate, Candle))));
        Assert.Equal(
            ["login", "balance", "equity", "profit", "margin", "margin_free", "margin_level", "leverage", "currency", "trade_allowed", "name", "server"],
            PayloadNames(EventSerializer.Serialize(Envelope(EventTypes.AccountInfo, Account))));
        Assert.Equal(
            ["ticket", "time", "type", "magic", "identifier", "volume", "price_open", "sl", "tp", "price_current", "swap", "profit", "symbol", "comment"],
            PayloadNames(EventSerializer.Serialize(Envelope(EventTypes.PositionsSnapshot, new PositionsSnapshotPayload(Positions))), "positions", 1));
        Assert.Equal(
            ["ticket", "order", "time", "type", "entry", "position_id", "volume", "price", "commission", "swap", "profit", "magic", "comment", "reason"],
            PayloadNames(EventSerializer.Serialize(Envelope(EventTypes.PositionClosed, new PositionClosedPayload(50123401, "EURUSD", Deals))), "deals", 1));
    }

    private static EventEnvelope<T> Envelope<T>(string type, T payload) => new()
    {
        EventId = Guid.Parse("3f2b8c1e-9a4d-4c55-8e21-6b0f1d2a7c90"),
        Source = "simulator",
        Platform = PlatformNames.CTrader,
        Type = type,
        InternalAccountId = AccountId,
        SourceAccountKey = "51234567",
        OccurredAt = OccurredAt,
        SentAt = OccurredAt.AddMilliseconds(3),
        TraceId = "4bf92f3577b34da6a3ce929d0e0e4736",
        Payload = payload,
    };

    private static InboundEvent RoundTrip(byte[] body, string type, bool expectInternalId = true)
    {
        var result = Reader.Read(body);
        Assert.True(result.IsValid, $"rejected: {result.Rejection}");
        var inbound = result.Event!;
        Assert.Equal(Guid.Parse("3f2b8c1e-9a4d-4c55-8e21-6b0f1d2a7c90"), inbound.EventId);
        Assert.Equal(EventReader.SupportedVersion, inbound.EventVersion);
        Assert.Equal("simulator", inbound.Source);
        Assert.Equal(Platform.CTrader, inbound.Platform);
        Assert.Equal(type, inbound.Type);
        Assert.Equal(expectInternalId ? AccountId : null, inbound.Account.InternalAccountId);
        Assert.Equal(OccurredAt, inbound.OccurredAt);
        Assert.Equal(OccurredAt.AddMilliseconds(3), inbound.SentAt);
        Assert.Equal("4bf92f3577b34da6a3ce929d0e0e4736", inbound.TraceId);
        return inbound;
    }

    private static List<string> PropertyNames(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return [.. document.RootElement.EnumerateObject().Select(p => p.Name)];
    }

    private static List<string> PayloadNames(byte[] body, string? list = null, int index = 0)
    {
        using var document = JsonDocument.Parse(body);
        var element = document.RootElement.GetProperty("payload");
        if (list is not null)
        {
            element = element.GetProperty(list)[index];
        }

        return [.. element.EnumerateObject().Select(p => p.Name)];
    }
}

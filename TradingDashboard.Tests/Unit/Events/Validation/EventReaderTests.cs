using System.Text.Json.Nodes;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Events;
using TradingDashboard.Core.Events.Payloads;
using TradingDashboard.Core.Events.Validation;

namespace TradingDashboard.Tests.Unit.Events.Validation;

public sealed class EventReaderTests
{
    private static readonly EventReader Reader = new(256 * 1024);

    [Fact]
    public void Read_ValidEnvelope_ReadsEveryEnvelopeField()
    {
        var inbound = ReadValid(BridgeMessages.Envelope(EventTypes.PriceTick));

        Assert.Equal(BridgeMessages.EventId, inbound.EventId);
        Assert.Equal(1, inbound.EventVersion);
        Assert.Equal("mt5-bridge", inbound.Source);
        Assert.Equal(Platform.Mt5, inbound.Platform);
        Assert.Equal(EventTypes.PriceTick, inbound.Type);
        Assert.Equal(BridgeMessages.AccountId, inbound.Account.InternalAccountId);
        Assert.Null(inbound.Account.LegacyAccountGuid);
        Assert.Equal([BridgeMessages.Login], inbound.Account.BrokerLogins);
        Assert.Equal(BridgeMessages.OccurredAt, inbound.OccurredAt);
        Assert.Equal(TimeSpan.Zero, inbound.OccurredAt.Offset);
        Assert.Equal(BridgeMessages.SentAt, inbound.SentAt);
        Assert.Equal("4bf92f3577b34da6a3ce929d0e0e4736", inbound.TraceId);
    }

    [Fact]
    public void Read_PriceTick_ReadsMetaTrader5TickFields()
    {
        var payload = ReadPayload<PriceTickPayload>(EventTypes.PriceTick);

        Assert.Equal(new PriceTickPayload("EURUSD", 1.08451m, 1.08463m, 0m, 0m, 1_763_632_800, 1_763_632_800_250, 6), payload);
    }

    [Fact]
    public void Read_CandleUpdate_ReadsMetaTrader5RateFields()
    {
        var payload = ReadPayload<CandleUpdatePayload>(EventTypes.CandleUpdate);

        Assert.Equal(new CandleUpdatePayload("EURUSD", "M5", BridgeMessages.BarTime, 1.0845m, 1.0851m, 1.0841m, 1.0848m, 412, 3, 0, false), payload);
    }

    [Fact]
    public void Read_PositionsSnapshot_ReadsEveryPosition()
    {
        var payload = ReadPayload<PositionsSnapshotPayload>(EventTypes.PositionsSnapshot);

        Assert.Equal(
            [
                new PositionRecord(50123401, 1_763_629_200, 0, 0, 50123401, 0.10m, 1.08320m, 1.07800m, 1.09000m, 1.08451m, -0.12m, 13.10m, "EURUSD", null),
                new PositionRecord(50123402, 1_763_630_100, 1, 20250101, 50123402, 0.02m, 2650.50m, 0m, 2600.00m, 2648.10m, 0m, 4.80m, "XAUUSD", "bot:grid"),
            ],
            payload.Positions);
    }

    [Fact]
    public void Read_EmptyPositionsSnapshot_IsValidWithNoPositions()
    {
        var json = BridgeMessages.Envelope(EventTypes.PositionsSnapshot).With("payload.positions", "[]");

        Assert.Empty(Assert.IsType<PositionsSnapshotPayload>(ReadValid(json).Payload).Positions);
    }

    [Fact]
    public void Read_AccountInfo_ReadsMetaTrader5AccountFields()
    {
        var payload = ReadPayload<AccountInfoPayload>(EventTypes.AccountInfo);

        Assert.Equal(
            new AccountInfoPayload(BridgeMessages.Login, 10000.00m, 10017.90m, 17.90m, 21.69m, 9996.21m, 46186.72m, 500, "USD", true, "Jane Trader", "MetaQuotes-Demo", "MetaQuotes Ltd."),
            payload);
    }

    [Fact]
    public void Read_PositionClosed_ReadsPositionAndDeals()
    {
        var payload = ReadPayload<PositionClosedPayload>(EventTypes.PositionClosed);

        Assert.Equal(50123401, payload.PositionId);
        Assert.Equal("EURUSD", payload.Symbol);
        Assert.Equal(
            [
                new DealRecord(70000001, 60000001, 1_763_629_200, 0, 0, 50123401, 0.10m, 1.08320m, -0.35m, 0m, 0m, 0, null, 0),
                new DealRecord(70000002, 60000002, 1_763_636_400, 1, 1, 50123401, 0.10m, 1.09000m, -0.35m, -0.12m, 68.00m, 0, "[tp 1.09000]", 5),
            ],
            payload.Deals);
    }

    [Fact]
    public void Read_TickWithOnlyRequiredFields_FillsMetaTrader5Defaults()
    {
        var json = BridgeMessages.Envelope(EventTypes.PriceTick)
            .With("payload", """{"symbol": "EURUSD", "bid": 1.1, "ask": 1.2, "time": 1763632800}""");

        var payload = Assert.IsType<PriceTickPayload>(ReadValid(json).Payload);

        Assert.Equal(new PriceTickPayload("EURUSD", 1.1m, 1.2m, 0m, 0m, 1_763_632_800, 1_763_632_800_000, 0), payload);
    }

    [Fact]
    public void Read_AccountInfoWithoutOptionalFields_DerivesFreeMarginAndAllowsTrading()
    {
        var json = BridgeMessages.Envelope(EventTypes.AccountInfo)
            .With("payload", """{"login": "51234567", "balance": 1000, "equity": 1010, "margin": 10, "currency": "EUR"}""");

        var payload = Assert.IsType<AccountInfoPayload>(ReadValid(json).Payload);

        Assert.Equal(new AccountInfoPayload(BridgeMessages.Login, 1000m, 1010m, 0m, 10m, 1000m, 0m, 0, "EUR", true, null, null, null), payload);
    }

    [Theory]
    [InlineData("""{"account_id": "51234567", "broker_login": "51234567"}""", null, "51234567")]
    [InlineData("""{"account_id": 51234567}""", null, "51234567")]
    [InlineData("""{"account_id": "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"}""", "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d", "")]
    [InlineData("""{"source_account_key": "51234567"}""", null, "51234567")]
    [InlineData("""{"broker_login": 111, "source_account_key": "222", "account_id": "333"}""", null, "111,222,333")]
    [InlineData("""{"account_id": "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d", "broker_login": "51234567"}""", "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d", "51234567")]
    public void Read_LegacyAccountFields_ReadIntoAccountReference(string accountFields, string? legacyGuid, string logins)
    {
        var json = BridgeMessages.Envelope(EventTypes.PriceTick).Without("internal_account_id").Without("source_account_key");
        foreach (var (name, value) in JsonNode.Parse(accountFields)!.AsObject())
        {
            json[name] = value!.DeepClone();
        }

        var account = ReadValid(json).Account;

        Assert.Null(account.InternalAccountId);
        Assert.Equal(legacyGuid is null ? null : Guid.Parse(legacyGuid), account.LegacyAccountGuid);
        Assert.Equal(logins.Split(',', StringSplitOptions.RemoveEmptyEntries), account.BrokerLogins);
    }

    [Theory]
    [InlineData("\"CTRADER\"", Platform.CTrader)]
    [InlineData("\"ctrader\"", Platform.CTrader)]
    [InlineData("\"MT5\"", Platform.Mt5)]
    [InlineData("null", Platform.Mt5)]
    public void Read_Platform_ReadsWireNameOrDefaultsToMt5(string rawPlatform, Platform expected)
    {
        var json = BridgeMessages.Envelope(EventTypes.PriceTick).With("platform", rawPlatform);

        Assert.Equal(expected, ReadValid(json).Platform);
    }

    [Fact]
    public void Read_UnknownFieldsAtEveryLevel_AreIgnored()
    {
        var json = BridgeMessages.Envelope(EventTypes.PositionsSnapshot)
            .With("schema", """{"name": "mt5.events", "tags": [1, "two", null]}""")
            .With("retries", "\"NaN\"")
            .With("payload.server_time", "1e400")
            .With("payload.positions[0].price_stop_limit", "\"not a number\"");

        var payload = Assert.IsType<PositionsSnapshotPayload>(ReadValid(json).Payload);

        Assert.Equal(2, payload.Positions.Count);
    }

    [Theory]
    [InlineData(EventTypes.PriceTick, "btcusd.A")]
    [InlineData(EventTypes.CandleUpdate, "BTCUSD.a")]
    [InlineData(EventTypes.PositionsSnapshot, "XAUUSD.m")]
    public void Read_MixedCaseSymbol_KeepsItsCasing(string type, string symbol)
    {
        var path = type == EventTypes.PositionsSnapshot ? "payload.positions[0].symbol" : "payload.symbol";
        var json = BridgeMessages.Envelope(type).With(path, $"\"{symbol}\"");

        var read = ReadValid(json).Payload switch
        {
            PriceTickPayload tick => tick.Symbol,
            CandleUpdatePayload candle => candle.Symbol,
            PositionsSnapshotPayload snapshot => snapshot.Positions[0].Symbol,
            var other => throw new InvalidOperationException($"unexpected {other}"),
        };

        Assert.Equal(symbol, read);
    }

    [Fact]
    public void Read_MessageExactlyAtTheLimit_IsValid()
    {
        var body = BridgeMessages.Envelope(EventTypes.AccountInfo).ToBytes();

        Assert.True(new EventReader(body.Length).Read(body).IsValid);
    }

    private static InboundEvent ReadValid(JsonNode json)
    {
        var result = Reader.Read(json.ToBytes());
        Assert.True(result.IsValid, $"rejected: {result.Rejection}");
        return result.Event!;
    }

    private static T ReadPayload<T>(string type) => Assert.IsType<T>(ReadValid(BridgeMessages.Envelope(type)).Payload);
}

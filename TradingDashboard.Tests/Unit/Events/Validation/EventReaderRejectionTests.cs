using System.Text;
using System.Text.Json.Nodes;
using TradingDashboard.Core.Events;
using TradingDashboard.Core.Events.Validation;

namespace TradingDashboard.Tests.Unit.Events.Validation;

/// <summary>Every way a bridge message is rejected, and that the detail names the field.</summary>
public sealed class EventReaderRejectionTests
{
    private static readonly EventReader Reader = new(256 * 1024);

    [Theory]
    [InlineData(EventTypes.PriceTick, "event_id")]
    [InlineData(EventTypes.PriceTick, "event_version")]
    [InlineData(EventTypes.PriceTick, "type")]
    [InlineData(EventTypes.PriceTick, "occurred_at")]
    [InlineData(EventTypes.PriceTick, "payload")]
    [InlineData(EventTypes.PriceTick, "payload.symbol")]
    [InlineData(EventTypes.PriceTick, "payload.bid")]
    [InlineData(EventTypes.PriceTick, "payload.time")]
    [InlineData(EventTypes.CandleUpdate, "payload.timeframe")]
    [InlineData(EventTypes.CandleUpdate, "payload.close")]
    [InlineData(EventTypes.PositionsSnapshot, "payload.positions")]
    [InlineData(EventTypes.PositionsSnapshot, "payload.positions[1].price_open")]
    [InlineData(EventTypes.AccountInfo, "payload.login")]
    [InlineData(EventTypes.AccountInfo, "payload.currency")]
    [InlineData(EventTypes.PositionClosed, "payload.deals[0].ticket")]
    public void Read_RequiredFieldMissing_RejectedAsMissingFieldNamingIt(string type, string path)
    {
        var rejection = ReadRejected(BridgeMessages.Envelope(type).Without(path));

        AssertRejection(RejectReason.MissingField, $"{path} is required", rejection);
    }

    [Theory]
    [InlineData("event_id")]
    [InlineData("payload.ask")]
    public void Read_RequiredFieldNull_RejectedAsMissingField(string path)
    {
        var rejection = ReadRejected(BridgeMessages.Envelope(EventTypes.PriceTick).With(path, "null"));

        AssertRejection(RejectReason.MissingField, $"{path} is required", rejection);
    }

    [Fact]
    public void Read_NoAccountField_RejectedAsMissingField()
    {
        var json = BridgeMessages.Envelope(EventTypes.PriceTick).Without("internal_account_id").Without("source_account_key");

        AssertRejection(RejectReason.MissingField, "internal_account_id (or account_id, broker_login, source_account_key) is required", ReadRejected(json));
    }

    [Fact]
    public void Read_LegacyAccountIdNeitherUuidNorLogin_RejectedAsMissingAccount()
    {
        var json = BridgeMessages.Envelope(EventTypes.PriceTick)
            .Without("internal_account_id")
            .Without("source_account_key")
            .With("account_id", "\"ACC-7\"");

        AssertRejection(RejectReason.MissingField, "internal_account_id", ReadRejected(json));
    }

    [Theory]
    [InlineData(EventTypes.PriceTick, "payload.bid", "\"1.08451\"", "payload.bid must be a number, got string")]
    [InlineData(EventTypes.PriceTick, "payload.time", "1763632800.5", "payload.time must be an integer, got number 1763632800.5")]
    [InlineData(EventTypes.PriceTick, "payload.flags", "true", "payload.flags must be a 32-bit integer, got boolean")]
    [InlineData(EventTypes.PriceTick, "payload.symbol", "42", "payload.symbol must be a string, got number 42")]
    [InlineData(EventTypes.PriceTick, "event_id", "42", "event_id must be a UUID string, got number 42")]
    [InlineData(EventTypes.PriceTick, "event_id", "\"not-a-uuid\"", "event_id must be a UUID string, got string")]
    [InlineData(EventTypes.PriceTick, "event_version", "\"1\"", "event_version must be a 32-bit integer, got string")]
    [InlineData(EventTypes.PriceTick, "occurred_at", "1763632800", "occurred_at must be an ISO-8601 timestamp string, got number 1763632800")]
    [InlineData(EventTypes.PriceTick, "internal_account_id", "51234567", "internal_account_id must be a UUID string, got number 51234567")]
    [InlineData(EventTypes.PriceTick, "payload", "[]", "payload must be an object, got array")]
    [InlineData(EventTypes.CandleUpdate, "payload.complete", "\"yes\"", "payload.complete must be a boolean, got string")]
    [InlineData(EventTypes.PositionsSnapshot, "payload.positions", "{}", "payload.positions must be an array, got object")]
    [InlineData(EventTypes.PositionsSnapshot, "payload.positions[1]", "\"50123402\"", "payload.positions[1] must be an object, got string")]
    [InlineData(EventTypes.PositionsSnapshot, "payload.positions[1].volume", "\"0.02\"", "payload.positions[1].volume must be a number, got string")]
    [InlineData(EventTypes.AccountInfo, "payload.login", "51234567.5", "payload.login must be a non-empty string or an integer, got number 51234567.5")]
    [InlineData(EventTypes.PositionClosed, "payload.deals[1].entry", "\"out\"", "payload.deals[1].entry must be a 32-bit integer, got string")]
    public void Read_FieldOfWrongType_RejectedAsWrongTypeNamingIt(string type, string path, string rawValue, string detail)
    {
        var rejection = ReadRejected(BridgeMessages.Envelope(type).With(path, rawValue));

        AssertRejection(RejectReason.WrongType, detail, rejection);
    }

    [Fact]
    public void Read_TopLevelArray_RejectedAsWrongType()
    {
        var rejection = ReadRejected(new JsonArray(BridgeMessages.Envelope(EventTypes.PriceTick)));

        AssertRejection(RejectReason.WrongType, "must be an object, got array", rejection);
    }

    [Theory]
    [InlineData(EventTypes.PriceTick, "payload.bid", "\"NaN\"", "payload.bid is NaN")]
    [InlineData(EventTypes.PriceTick, "payload.ask", "\"Infinity\"", "payload.ask is Infinity")]
    [InlineData(EventTypes.CandleUpdate, "payload.low", "\"-Infinity\"", "payload.low is -Infinity")]
    [InlineData(EventTypes.AccountInfo, "payload.equity", "\"nan\"", "payload.equity is nan")]
    [InlineData(EventTypes.PriceTick, "payload.bid", "1e400", "payload.bid is out of range (1e400)")]
    [InlineData(EventTypes.PositionsSnapshot, "payload.positions[1].profit", "-1e400", "payload.positions[1].profit is out of range (-1e400)")]
    public void Read_NonFiniteNumber_RejectedAsNonFiniteNamingIt(string type, string path, string rawValue, string detail)
    {
        var rejection = ReadRejected(BridgeMessages.Envelope(type).With(path, rawValue));

        AssertRejection(RejectReason.NonFiniteNumber, detail, rejection);
    }

    [Theory]
    [InlineData("NaN", false)]
    [InlineData("NaN", true)]
    [InlineData("Infinity", false)]
    [InlineData("-Infinity", true)]
    public void Read_BareNonFiniteLiteralFromPythonJsonDumps_RejectedAsNonFinite(string literal, bool indented)
    {
        var body = BridgeMessages.Envelope(EventTypes.PriceTick).ToBytesWithLiteral("payload.bid", literal, indented);

        var rejection = Reader.Read(body).Rejection;

        Assert.NotNull(rejection);
        AssertRejection(RejectReason.NonFiniteNumber, "NaN/Infinity is not a JSON number", rejection);
    }

    [Fact]
    public void Read_MessageOneByteOverTheLimit_RejectedAsOversize()
    {
        var body = BridgeMessages.Envelope(EventTypes.AccountInfo).ToBytes();

        var rejection = new EventReader(body.Length - 1).Read(body).Rejection;

        Assert.NotNull(rejection);
        AssertRejection(RejectReason.Oversize, $"message is {body.Length} bytes, limit is {body.Length - 1}", rejection);
    }

    [Fact]
    public void Read_ListWithTooManyItems_RejectedAsOversizeNamingIt()
    {
        var positions = new JsonArray();
        for (var i = 0; i <= 10_000; i++)
        {
            positions.Add(new JsonObject());
        }

        var json = BridgeMessages.Envelope(EventTypes.PositionsSnapshot);
        json["payload"]!["positions"] = positions;

        AssertRejection(RejectReason.Oversize, "payload.positions has more than 10000 items", ReadRejected(json));
    }

    [Theory]
    [InlineData("""{"event_id": """)]
    [InlineData("not json")]
    [InlineData("""{"event_id": "3f2b8c1e-9a4d-4c55-8e21-6b0f1d2a7c90"}}""")]
    [InlineData("""{'event_id': 'single quotes'}""")]
    public void Read_MalformedJson_RejectedAsMalformed(string text)
    {
        var rejection = Reader.Read(Encoding.UTF8.GetBytes(text)).Rejection;

        Assert.NotNull(rejection);
        AssertRejection(RejectReason.MalformedJson, "not valid JSON at line 1", rejection);
    }

    [Fact]
    public void Read_NestingDeeperThanTheLimit_RejectedAsMalformed()
    {
        var deep = new string('[', 20) + new string(']', 20);
        var json = BridgeMessages.Envelope(EventTypes.PriceTick).With("payload.extra", deep);

        AssertRejection(RejectReason.MalformedJson, "not valid JSON", ReadRejected(json));
    }

    [Fact]
    public void Read_EmptyBody_RejectedAsMalformed()
    {
        var rejection = Reader.Read(ReadOnlyMemory<byte>.Empty).Rejection;

        Assert.NotNull(rejection);
        AssertRejection(RejectReason.MalformedJson, "message body is empty", rejection);
    }

    [Fact]
    public void Read_EveryTruncationOfAValidMessage_RejectedWithoutThrowing()
    {
        var body = BridgeMessages.Envelope(EventTypes.PositionClosed).ToBytes();

        for (var length = 0; length < body.Length; length++)
        {
            var result = Reader.Read(body.AsMemory(0, length));
            Assert.False(result.IsValid, $"a {length}-byte prefix was accepted");
        }
    }

    [Theory]
    [InlineData("trade.executed")]
    [InlineData("PRICE.TICK")]
    [InlineData("price_tick")]
    public void Read_UnknownType_RejectedAsUnknownTypeNamingIt(string type)
    {
        var json = BridgeMessages.Envelope(EventTypes.PriceTick).With("type", $"\"{type}\"");

        AssertRejection(RejectReason.UnknownType, $"type '{type}' is not one of price.tick, candle.update", ReadRejected(json));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Read_OtherEventVersion_RejectedAsUnsupportedVersion(int version)
    {
        var json = BridgeMessages.Envelope(EventTypes.PriceTick).With("event_version", version.ToString(System.Globalization.CultureInfo.InvariantCulture));

        AssertRejection(RejectReason.UnsupportedVersion, $"event_version {version} is not supported (expected 1)", ReadRejected(json));
    }

    [Theory]
    [InlineData(EventTypes.CandleUpdate, "payload.timeframe", "\"M2\"", "payload.timeframe 'M2' is not one of M1, M5, M15, M30, H1, H4, D1, W1, MN1")]
    [InlineData(EventTypes.CandleUpdate, "payload.timeframe", "\"m5\"", "payload.timeframe 'm5' is not one of")]
    [InlineData(EventTypes.CandleUpdate, "payload.high", "1.0830", "payload.high/payload.low do not contain open and close")]
    [InlineData(EventTypes.CandleUpdate, "payload.low", "1.0849", "payload.high/payload.low do not contain open and close")]
    [InlineData(EventTypes.PositionsSnapshot, "payload.positions[0].type", "2", "payload.positions[0].type must be 0 (buy) or 1 (sell)")]
    [InlineData(EventTypes.PositionsSnapshot, "payload.positions[1].volume", "0", "payload.positions[1].volume must be greater than zero")]
    [InlineData(EventTypes.PositionClosed, "payload.deals", "[]", "payload.deals must not be empty")]
    [InlineData(EventTypes.PositionClosed, "payload.deals[1].entry", "4", "payload.deals[1].entry must be 0 (in), 1 (out), 2 (in/out) or 3 (out-by)")]
    [InlineData(EventTypes.PriceTick, "payload.bid", "0", "payload.bid must be greater than zero")]
    [InlineData(EventTypes.PriceTick, "payload.ask", "-1.2", "payload.ask must be greater than zero")]
    [InlineData(EventTypes.PriceTick, "payload.symbol", "\" \"", "payload.symbol must not be empty")]
    [InlineData(EventTypes.PriceTick, "platform", "\"MT4\"", "platform 'MT4' is not MT5 or CTRADER")]
    public void Read_InvalidValue_RejectedAsInvalidValueNamingIt(string type, string path, string rawValue, string detail)
    {
        var rejection = ReadRejected(BridgeMessages.Envelope(type).With(path, rawValue));

        AssertRejection(RejectReason.InvalidValue, detail, rejection);
    }

    [Fact]
    public void Read_SymbolLongerThan64Characters_RejectedAsInvalidValue()
    {
        var json = BridgeMessages.Envelope(EventTypes.PriceTick).With("payload.symbol", $"\"{new string('X', 65)}\"");

        AssertRejection(RejectReason.InvalidValue, "payload.symbol is longer than 64 characters", ReadRejected(json));
    }

    private static EventRejection ReadRejected(JsonNode json)
    {
        var result = Reader.Read(json.ToBytes());
        Assert.False(result.IsValid, "the message was accepted");
        return result.Rejection!;
    }

    private static void AssertRejection(RejectReason reason, string detail, EventRejection rejection)
    {
        Assert.Equal(reason, rejection.Reason);
        Assert.Contains(detail, rejection.Detail, StringComparison.Ordinal);
    }
}

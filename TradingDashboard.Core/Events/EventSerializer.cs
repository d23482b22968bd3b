using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TradingDashboard.Core.Events.Payloads;

namespace TradingDashboard.Core.Events;

/// <summary>Writes envelopes to UTF-8 JSON with the source-generated context.</summary>
public static class EventSerializer
{
    public static byte[] Serialize(EventEnvelope<PriceTickPayload> envelope) => Write(envelope, EventJsonContext.Default.EventEnvelopePriceTickPayload);

    public static byte[] Serialize(EventEnvelope<CandleUpdatePayload> envelope) => Write(envelope, EventJsonContext.Default.EventEnvelopeCandleUpdatePayload);

    public static byte[] Serialize(EventEnvelope<PositionsSnapshotPayload> envelope) => Write(envelope, EventJsonContext.Default.EventEnvelopePositionsSnapshotPayload);

    public static byte[] Serialize(EventEnvelope<AccountInfoPayload> envelope) => Write(envelope, EventJsonContext.Default.EventEnvelopeAccountInfoPayload);

    public static byte[] Serialize(EventEnvelope<PositionClosedPayload> envelope) => Write(envelope, EventJsonContext.Default.EventEnvelopePositionClosedPayload);

    private static byte[] Write<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
}

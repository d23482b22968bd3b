using System.Text.Json.Serialization;
using TradingDashboard.Core.Events.Payloads;

namespace TradingDashboard.Core.Events;

/// <summary>Source-generated serializers for the wire format (snake_case, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EventEnvelope<PriceTickPayload>))]
[JsonSerializable(typeof(EventEnvelope<CandleUpdatePayload>))]
[JsonSerializable(typeof(EventEnvelope<PositionsSnapshotPayload>))]
[JsonSerializable(typeof(EventEnvelope<AccountInfoPayload>))]
[JsonSerializable(typeof(EventEnvelope<PositionClosedPayload>))]
public sealed partial class EventJsonContext : JsonSerializerContext;

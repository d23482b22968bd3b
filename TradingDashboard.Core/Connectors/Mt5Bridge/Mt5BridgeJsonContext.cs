using System.Text.Json.Serialization;

namespace TradingDashboard.Core.Connectors.Mt5Bridge;

/// <summary>The bridge speaks snake_case; unknown fields are ignored, and absent optional fields are not sent.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Mt5AccountInfoResponse))]
[JsonSerializable(typeof(Mt5BridgeError))]
[JsonSerializable(typeof(Mt5RatesResponse))]
[JsonSerializable(typeof(Mt5SymbolsResponse))]
[JsonSerializable(typeof(Mt5SubscriptionRequest))]
[JsonSerializable(typeof(Mt5SubscriptionChange))]
internal sealed partial class Mt5BridgeJsonContext : JsonSerializerContext;

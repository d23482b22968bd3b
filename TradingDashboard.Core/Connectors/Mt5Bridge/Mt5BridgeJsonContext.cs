using System.Text.Json.Serialization;

namespace TradingDashboard.Core.Connectors.Mt5Bridge;

/// <summary>The bridge speaks snake_case; unknown fields are ignored.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(Mt5AccountInfoResponse))]
[JsonSerializable(typeof(Mt5BridgeError))]
internal sealed partial class Mt5BridgeJsonContext : JsonSerializerContext;

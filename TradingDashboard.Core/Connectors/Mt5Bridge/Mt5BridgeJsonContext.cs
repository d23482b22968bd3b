using System.Text.Json.Serialization;
using TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

namespace TradingDashboard.Core.Connectors.Mt5Bridge;

/// <summary>The bridge speaks snake_case; unknown fields are ignored, and absent optional fields are not sent.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Mt5AccountInfoResponse))]
[JsonSerializable(typeof(Mt5BridgeError))]
[JsonSerializable(typeof(Mt5RatesResponse))]
[JsonSerializable(typeof(Mt5SymbolsResponse))]
[JsonSerializable(typeof(Mt5SubscriptionRequest))]
[JsonSerializable(typeof(Mt5SubscriptionChange))]
[JsonSerializable(typeof(Mt5AccountStateResponse))]
[JsonSerializable(typeof(Mt5PositionList))]
[JsonSerializable(typeof(Mt5PendingOrderList))]
[JsonSerializable(typeof(Mt5DealList))]
[JsonSerializable(typeof(Mt5SymbolInfo))]
[JsonSerializable(typeof(Mt5OrderRequest))]
[JsonSerializable(typeof(Mt5CloseRequest))]
[JsonSerializable(typeof(Mt5ModifyRequest))]
[JsonSerializable(typeof(Mt5TradeResult))]
internal sealed partial class Mt5BridgeJsonContext : JsonSerializerContext;

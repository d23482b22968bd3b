using System.Text.Json.Serialization;
using TradingDashboard.Core.Simulation.Bridge;
using TradingDashboard.Core.Simulation.Bridge.Faults;
using TradingDashboard.Core.Simulation.Bridge.Trading;

namespace TradingDashboard.Endpoints;

/// <summary>Source-generated snake_case JSON of the simulated bridge API; nulls are written (<c>live_data: null</c>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(BridgeHealthReport))]
[JsonSerializable(typeof(BridgeAccountsSummary))]
[JsonSerializable(typeof(BridgeAccountInfo))]
[JsonSerializable(typeof(BridgeAccountBalance))]
[JsonSerializable(typeof(BridgeTradeHistory))]
[JsonSerializable(typeof(BridgeRates))]
[JsonSerializable(typeof(BridgeSymbols))]
[JsonSerializable(typeof(PollerStatus))]
[JsonSerializable(typeof(SubscriptionChange))]
[JsonSerializable(typeof(HeadlessDiagnostics))]
[JsonSerializable(typeof(TerminalState))]
[JsonSerializable(typeof(AccountRequest))]
[JsonSerializable(typeof(SubscriptionRequest))]
[JsonSerializable(typeof(TerminalStateRequest))]
[JsonSerializable(typeof(BridgeSimulatorError))]
[JsonSerializable(typeof(BridgePositions))]
[JsonSerializable(typeof(BridgePendingOrders))]
[JsonSerializable(typeof(BridgeSymbolInfo))]
[JsonSerializable(typeof(BridgeDeals))]
[JsonSerializable(typeof(BridgeOrderRequest))]
[JsonSerializable(typeof(BridgeCloseRequest))]
[JsonSerializable(typeof(BridgeModifyRequest))]
[JsonSerializable(typeof(BridgeTradeResult))]
[JsonSerializable(typeof(FaultRequest))]
internal sealed partial class BridgeSimulatorJsonContext : JsonSerializerContext;

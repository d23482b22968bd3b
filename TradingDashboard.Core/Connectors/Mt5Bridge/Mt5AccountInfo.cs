using System.Text.Json.Serialization;

namespace TradingDashboard.Core.Connectors.Mt5Bridge;

/// <summary>The identity fields of an MT5 <c>account_info</c> record as the bridge returns them.</summary>
internal sealed record Mt5AccountInfo(
    [property: JsonConverter(typeof(NumberOrStringConverter))] string? Login,
    string? Currency,
    bool? TradeAllowed,
    string? Name,
    string? Server,
    string? Company);

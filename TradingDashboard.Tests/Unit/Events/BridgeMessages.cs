using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TradingDashboard.Core.Events;

namespace TradingDashboard.Tests.Unit.Events;

/// <summary>
/// Envelopes shaped like a Python MT5 bridge writes them: the MetaTrader5 package's records
/// forwarded as-is, including fields the dashboard does not read. Built as JSON nodes so a
/// test can break exactly one field by path (<c>payload.positions[1].price_open</c>).
/// </summary>
internal static class BridgeMessages
{
    public const string Login = "51234567";
    public const long BarTime = 1_763_632_800;

    public static readonly Guid EventId = Guid.Parse("3f2b8c1e-9a4d-4c55-8e21-6b0f1d2a7c90");
    public static readonly Guid AccountId = Guid.Parse("8d7e6f50-1a2b-4c3d-9e8f-0a1b2c3d4e5f");
    public static readonly DateTimeOffset OccurredAt = new(2025, 11, 20, 10, 0, 0, 250, TimeSpan.Zero);
    public static readonly DateTimeOffset SentAt = new(2025, 11, 20, 10, 0, 0, 300, TimeSpan.Zero);

    public static JsonObject Envelope(string type) => new()
    {
        ["event_id"] = EventId.ToString(),
        ["event_version"] = 1,
        ["source"] = "mt5-bridge",
        ["platform"] = "MT5",
        ["type"] = type,
        ["internal_account_id"] = AccountId.ToString(),
        ["source_account_key"] = Login,
        ["occurred_at"] = "2025-11-20T10:00:00.250Z",
        ["sent_at"] = "2025-11-20T10:00:00.300+00:00",
        ["trace_id"] = "4bf92f3577b34da6a3ce929d0e0e4736",
        ["payload"] = Payload(type),
    };

    public static JsonObject Payload(string type) => type switch
    {
        EventTypes.PriceTick => Parse("""
            {"symbol": "EURUSD", "bid": 1.08451, "ask": 1.08463, "last": 0.0, "volume": 0,
             "time": 1763632800, "time_msc": 1763632800250, "flags": 6, "volume_real": 0.0}
            """),
        EventTypes.CandleUpdate => Parse("""
            {"symbol": "EURUSD", "timeframe": "M5", "time": 1763632800, "open": 1.0845, "high": 1.0851,
             "low": 1.0841, "close": 1.0848, "tick_volume": 412, "spread": 3, "real_volume": 0, "complete": false}
            """),
        EventTypes.PositionsSnapshot => Parse("""
            {"positions": [
              {"ticket": 50123401, "time": 1763629200, "time_msc": 1763629200123, "time_update": 1763629200,
               "type": 0, "magic": 0, "identifier": 50123401, "reason": 0, "volume": 0.10, "price_open": 1.08320,
               "sl": 1.07800, "tp": 1.09000, "price_current": 1.08451, "swap": -0.12, "profit": 13.10,
               "symbol": "EURUSD", "comment": "", "external_id": ""},
              {"ticket": 50123402, "time": 1763630100, "time_msc": 1763630100456, "time_update": 1763630100,
               "type": 1, "magic": 20250101, "identifier": 50123402, "reason": 3, "volume": 0.02, "price_open": 2650.50,
               "sl": 0.0, "tp": 2600.00, "price_current": 2648.10, "swap": 0.0, "profit": 4.80,
               "symbol": "XAUUSD", "comment": "bot:grid", "external_id": ""}
            ]}
            """),
        EventTypes.AccountInfo => Parse("""
            {"login": 51234567, "trade_mode": 0, "leverage": 500, "limit_orders": 200, "margin_so_mode": 0,
             "trade_allowed": true, "trade_expert": true, "margin_mode": 2, "currency_digits": 2, "fifo_close": false,
             "balance": 10000.00, "credit": 0.0, "profit": 17.90, "equity": 10017.90, "margin": 21.69,
             "margin_free": 9996.21, "margin_level": 46186.72, "margin_so_call": 50.0, "margin_so_so": 30.0,
             "margin_initial": 0.0, "margin_maintenance": 0.0, "assets": 0.0, "liabilities": 0.0,
             "commission_blocked": 0.0, "name": "Jane Trader", "server": "MetaQuotes-Demo", "currency": "USD",
             "company": "MetaQuotes Ltd."}
            """),
        EventTypes.PositionClosed => Parse("""
            {"position_id": 50123401, "symbol": "EURUSD", "deals": [
              {"ticket": 70000001, "order": 60000001, "time": 1763629200, "time_msc": 1763629200123, "type": 0,
               "entry": 0, "magic": 0, "position_id": 50123401, "reason": 0, "volume": 0.10, "price": 1.08320,
               "commission": -0.35, "swap": 0.0, "profit": 0.0, "fee": 0.0, "symbol": "EURUSD", "comment": "",
               "external_id": ""},
              {"ticket": 70000002, "order": 60000002, "time": 1763636400, "time_msc": 1763636400789, "type": 1,
               "entry": 1, "magic": 0, "position_id": 50123401, "reason": 5, "volume": 0.10, "price": 1.09000,
               "commission": -0.35, "swap": -0.12, "profit": 68.00, "fee": 0.0, "symbol": "EURUSD", "comment": "[tp 1.09000]",
               "external_id": ""}
            ]}
            """),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Replaces the value at <paramref name="path"/> with raw JSON (<c>"\"1.1\""</c>, <c>"null"</c>, <c>"1e400"</c>).</summary>
    public static JsonObject With(this JsonObject root, string path, string rawJson)
    {
        var (parent, name, index) = Navigate(root, path);
        var value = JsonNode.Parse(rawJson);
        if (index is { } i)
        {
            parent.AsArray()[i] = value;
        }
        else
        {
            parent.AsObject()[name] = value;
        }

        return root;
    }

    public static JsonObject Without(this JsonObject root, string path)
    {
        var (parent, name, index) = Navigate(root, path);
        if (index is { } i)
        {
            parent.AsArray().RemoveAt(i);
        }
        else if (!parent.AsObject().Remove(name))
        {
            throw new ArgumentException($"{path} does not exist", nameof(path));
        }

        return root;
    }

    public static byte[] ToBytes(this JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    /// <summary>
    /// The message as Python's <c>json.dumps</c> writes a float that is not finite: a bare
    /// <paramref name="literal"/> (<c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>) at <paramref name="path"/>.
    /// </summary>
    public static byte[] ToBytesWithLiteral(this JsonObject root, string path, string literal, bool indented)
    {
        const string marker = "\"__literal__\"";
        root.With(path, marker);
        var text = root.ToJsonString(new JsonSerializerOptions { WriteIndented = indented });
        return Encoding.UTF8.GetBytes(text.Replace(marker, literal, StringComparison.Ordinal));
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>Walks <c>a.b[1].c</c> to the node holding the last segment.</summary>
    private static (JsonNode Parent, string Name, int? Index) Navigate(JsonNode root, string path)
    {
        var steps = new List<(string Name, int? Index)>();
        foreach (var segment in path.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            if (bracket < 0)
            {
                steps.Add((segment, null));
                continue;
            }

            steps.Add((segment[..bracket], null));
            steps.Add((string.Empty, int.Parse(segment[(bracket + 1)..^1], CultureInfo.InvariantCulture)));
        }

        var node = root;
        foreach (var (name, index) in steps[..^1])
        {
            node = (index is { } i ? node[i] : node[name]) ?? throw new ArgumentException($"{path} does not exist", nameof(path));
        }

        return (node, steps[^1].Name, steps[^1].Index);
    }
}

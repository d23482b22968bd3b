using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Resilience;

namespace TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

/// <summary>Reads MT5 wire values: required fields, "0 means none" levels and unix times. A missing field is a <see cref="BrokerErrorKind.Data"/> fault.</summary>
internal static class Mt5Wire
{
    public static T Require<T>(T? value, string field, string record)
        where T : struct =>
        value ?? throw Missing(field, record);

    public static string Require(string? value, string field, string record) =>
        string.IsNullOrWhiteSpace(value) ? throw Missing(field, record) : value;

    /// <summary>MT5 reports an absent SL, TP or ticket as 0.</summary>
    public static decimal? Level(decimal? value) => value is null or 0m ? null : value;

    public static long? Ticket(long? value) => value is null or 0 ? null : value;

    /// <summary>The millisecond time when the bridge sent one, else the unix seconds; UTC.</summary>
    public static DateTimeOffset Time(long? seconds, long? milliseconds, string field, string record) =>
        milliseconds is > 0
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds.Value)
            : DateTimeOffset.FromUnixTimeSeconds(Require(seconds, field, record));

    /// <summary>MT5 <c>type</c> of a position or deal: 0 buy, 1 sell.</summary>
    public static PositionSide Side(int? type, string record) => Require(type, "type", record) switch
    {
        0 => PositionSide.Buy,
        1 => PositionSide.Sell,
        var other => throw new BrokerException(BrokerErrorKind.Data, $"The bridge sent a {record} of type {other}; expected 0 (buy) or 1 (sell)."),
    };

    public static BrokerException Missing(string field, string record) =>
        new(BrokerErrorKind.Data, $"The bridge sent a {record} without '{field}'.");
}

using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Tests.Unit.Trading.Sync;

/// <summary>Broker deals of one EURUSD position (ticket <see cref="Position"/>) for ledger tests.</summary>
internal static class Deals
{
    public const long Position = 7001;

    public static readonly DateTimeOffset Opened = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public static BrokerDeal In(decimal volume, decimal price, PositionSide side = PositionSide.Buy, string comment = "", decimal commission = -0.35m) =>
        new(1, 11, Position, "EURUSD", side, DealEntry.In, DealReason.Client, volume, price, commission, 0m, 0m, 0, comment, Opened);

    public static BrokerDeal Out(
        long ticket,
        decimal volume,
        decimal price,
        decimal profit,
        int minutesAfterOpen,
        DealReason reason = DealReason.Client,
        PositionSide side = PositionSide.Sell,
        long magic = 0,
        string comment = "",
        decimal swap = 0m) =>
        new(ticket, ticket + 10, Position, "EURUSD", side, DealEntry.Out, reason, volume, price, -0.35m, swap, profit, magic, comment, Opened.AddMinutes(minutesAfterOpen));
}

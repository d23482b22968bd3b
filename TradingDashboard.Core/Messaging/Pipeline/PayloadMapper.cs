using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Events.Payloads;

namespace TradingDashboard.Core.Messaging.Pipeline;

/// <summary>Turns validated MetaTrader5-shaped payloads into domain records.</summary>
internal static class PayloadMapper
{
    public static Tick ToTick(Guid accountId, PriceTickPayload p) =>
        new(accountId, p.Symbol, p.Bid, p.Ask, p.Last, p.Volume, DateTimeOffset.FromUnixTimeMilliseconds(p.TimeMsc), p.TimeMsc, p.Flags);

    public static Candle ToCandle(Guid accountId, CandleUpdatePayload p)
    {
        if (!TimeframeExtensions.TryParse(p.Timeframe, out var timeframe))
        {
            throw new ArgumentException($"Timeframe '{p.Timeframe}' passed validation but does not parse.", nameof(p));
        }

        return new Candle(accountId, p.Symbol, timeframe, DateTimeOffset.FromUnixTimeSeconds(p.Time), p.Open, p.High, p.Low, p.Close, p.TickVolume, p.Spread, p.RealVolume, p.Complete ?? false);
    }

    public static AccountSnapshot ToSnapshot(Guid accountId, AccountInfoPayload p, DateTimeOffset occurredAt) =>
        new(accountId, p.Login, p.Balance, p.Equity, p.Profit, p.Margin, p.MarginFree, p.MarginLevel, p.Leverage, p.Currency, p.TradeAllowed, p.Name, p.Server, p.Company, SnapshotSource.Event, occurredAt);

    public static PositionsSnapshot ToPositions(Guid accountId, PositionsSnapshotPayload p, DateTimeOffset occurredAt) =>
        new(accountId, [.. p.Positions.Select(ToPosition)], occurredAt);

    private static Position ToPosition(PositionRecord r) =>
        new(r.Ticket, DateTimeOffset.FromUnixTimeSeconds(r.Time), (PositionSide)r.Type, r.Magic, r.Identifier, r.Volume, r.PriceOpen, r.Sl, r.Tp, r.PriceCurrent, r.Swap, r.Profit, r.Symbol, r.Comment);
}

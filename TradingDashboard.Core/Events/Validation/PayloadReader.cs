using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Events.Payloads;

namespace TradingDashboard.Core.Events.Validation;

/// <summary>Reads and checks the payload of each event type (MetaTrader5 field names).</summary>
internal static class PayloadReader
{
    private const int MaxListItems = 10_000;
    private const int MaxSymbolLength = 64;

    public static object Read(string type, JsonFields payload) => type switch
    {
        EventTypes.PriceTick => ReadTick(payload),
        EventTypes.CandleUpdate => ReadCandle(payload),
        EventTypes.PositionsSnapshot => ReadPositions(payload),
        EventTypes.AccountInfo => ReadAccountInfo(payload),
        EventTypes.PositionClosed => ReadPositionClosed(payload),
        _ => throw new EventRejectedException(RejectReason.UnknownType, $"type '{type}' is not one of {string.Join(", ", EventTypes.All)}"),
    };

    private static PriceTickPayload ReadTick(JsonFields p)
    {
        var time = p.RequiredUnixSeconds("time");
        var tick = new PriceTickPayload(
            p.RequiredString("symbol", MaxSymbolLength),
            p.RequiredDecimal("bid"),
            p.RequiredDecimal("ask"),
            p.OptionalDecimal("last"),
            p.OptionalDecimal("volume"),
            time,
            p.OptionalUnixMilliseconds("time_msc", time * 1000),
            p.OptionalInt32("flags"));
        if (Math.Abs((tick.TimeMsc / 1000) - time) > 1)
        {
            throw new EventRejectedException(RejectReason.InvalidValue, $"{p.Path("time_msc")} {tick.TimeMsc} does not match {p.Path("time")} {time}");
        }

        Positive(p, "bid", tick.Bid);
        Positive(p, "ask", tick.Ask);
        return tick;
    }

    private static CandleUpdatePayload ReadCandle(JsonFields p)
    {
        var timeframe = p.RequiredString("timeframe", 3);
        if (!TimeframeExtensions.TryParse(timeframe, out _))
        {
            throw new EventRejectedException(RejectReason.InvalidValue, $"{p.Path("timeframe")} '{timeframe}' is not one of M1, M5, M15, M30, H1, H4, D1, W1, MN1");
        }

        var candle = new CandleUpdatePayload(
            p.RequiredString("symbol", MaxSymbolLength),
            timeframe,
            p.RequiredUnixSeconds("time"),
            p.RequiredDecimal("open"),
            p.RequiredDecimal("high"),
            p.RequiredDecimal("low"),
            p.RequiredDecimal("close"),
            p.OptionalInt64("tick_volume"),
            p.OptionalInt32("spread"),
            p.OptionalInt64("real_volume"),
            p.OptionalBool("complete"));
        if (candle.High < Math.Max(Math.Max(candle.Open, candle.Close), candle.Low)
            || candle.Low > Math.Min(candle.Open, candle.Close))
        {
            throw new EventRejectedException(RejectReason.InvalidValue, $"{p.Path("high")}/{p.Path("low")} do not contain open and close");
        }

        return candle;
    }

    private static PositionsSnapshotPayload ReadPositions(JsonFields p)
    {
        var array = p.RequiredArray("positions", MaxListItems);
        var positions = new List<PositionRecord>(array.GetArrayLength());
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            positions.Add(ReadPosition(new JsonFields(item, $"{p.Path("positions")}[{index++}]")));
        }

        return new PositionsSnapshotPayload(positions);
    }

    private static PositionRecord ReadPosition(JsonFields p)
    {
        var ticket = p.RequiredInt64("ticket");
        var position = new PositionRecord(
            ticket,
            p.RequiredUnixSeconds("time"),
            p.RequiredInt32("type"),
            p.OptionalInt64("magic"),
            p.OptionalInt64("identifier", ticket),
            p.RequiredDecimal("volume"),
            p.RequiredDecimal("price_open"),
            p.OptionalDecimal("sl"),
            p.OptionalDecimal("tp"),
            p.RequiredDecimal("price_current"),
            p.OptionalDecimal("swap"),
            p.RequiredDecimal("profit"),
            p.RequiredString("symbol", MaxSymbolLength),
            p.OptionalText("comment"));
        if (position.Type is not (0 or 1))
        {
            throw new EventRejectedException(RejectReason.InvalidValue, $"{p.Path("type")} must be 0 (buy) or 1 (sell)");
        }

        Positive(p, "volume", position.Volume);
        return position;
    }

    private static AccountInfoPayload ReadAccountInfo(JsonFields p)
    {
        var equity = p.RequiredDecimal("equity");
        var margin = p.OptionalDecimal("margin");
        return new AccountInfoPayload(
            p.RequiredKey("login"),
            p.RequiredDecimal("balance"),
            equity,
            p.OptionalDecimal("profit"),
            margin,
            p.OptionalDecimal("margin_free", equity - margin),
            p.OptionalDecimal("margin_level"),
            p.OptionalInt32("leverage"),
            p.RequiredString("currency", 16),
            p.OptionalBool("trade_allowed") ?? true,
            p.OptionalText("name"),
            p.OptionalText("server"),
            p.OptionalText("company"));
    }

    private static PositionClosedPayload ReadPositionClosed(JsonFields p)
    {
        var positionId = p.RequiredInt64("position_id");
        var symbol = p.RequiredString("symbol", MaxSymbolLength);
        var array = p.RequiredArray("deals", MaxListItems);
        var deals = new List<DealRecord>(array.GetArrayLength());
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var d = new JsonFields(item, $"{p.Path("deals")}[{index++}]");
            var deal = new DealRecord(
                d.RequiredInt64("ticket"),
                d.OptionalInt64("order"),
                d.RequiredUnixSeconds("time"),
                d.RequiredInt32("type"),
                d.RequiredInt32("entry"),
                d.OptionalInt64("position_id", positionId),
                d.RequiredDecimal("volume"),
                d.RequiredDecimal("price"),
                d.OptionalDecimal("commission"),
                d.OptionalDecimal("swap"),
                d.RequiredDecimal("profit"),
                d.OptionalInt64("magic"),
                d.OptionalText("comment"),
                d.OptionalInt32("reason"));
            if (deal.Entry is < 0 or > 3)
            {
                throw new EventRejectedException(RejectReason.InvalidValue, $"{d.Path("entry")} must be 0 (in), 1 (out), 2 (in/out) or 3 (out-by)");
            }

            deals.Add(deal);
        }

        if (deals.Count == 0)
        {
            throw new EventRejectedException(RejectReason.InvalidValue, $"{p.Path("deals")} must not be empty");
        }

        return new PositionClosedPayload(positionId, symbol, deals);
    }

    private static void Positive(JsonFields p, string name, decimal value)
    {
        if (value <= 0)
        {
            throw new EventRejectedException(RejectReason.InvalidValue, $"{p.Path(name)} must be greater than zero");
        }
    }
}

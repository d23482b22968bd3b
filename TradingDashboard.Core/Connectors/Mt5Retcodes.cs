namespace TradingDashboard.Core.Connectors;

/// <summary>MT5 <c>TRADE_RETCODE_*</c> values and their normalized meaning.</summary>
public static class Mt5Retcodes
{
    public const int Requote = 10004;
    public const int Reject = 10006;
    public const int Cancel = 10007;
    public const int Placed = 10008;
    public const int Done = 10009;
    public const int DonePartial = 10010;
    public const int Error = 10011;
    public const int Timeout = 10012;
    public const int Invalid = 10013;
    public const int InvalidVolume = 10014;
    public const int InvalidPrice = 10015;
    public const int InvalidStops = 10016;
    public const int TradeDisabled = 10017;
    public const int MarketClosed = 10018;
    public const int NoMoney = 10019;
    public const int PriceChanged = 10020;
    public const int PriceOff = 10021;
    public const int TooManyRequests = 10024;
    public const int NoChanges = 10025;
    public const int ClientDisablesAutoTrading = 10027;
    public const int Locked = 10028;
    public const int InvalidFill = 10030;
    public const int Connection = 10031;
    public const int LimitOrders = 10033;
    public const int PositionClosed = 10036;
    public const int LongOnly = 10042;
    public const int ShortOnly = 10043;
    public const int CloseOnly = 10044;
    public const int HedgeProhibited = 10046;

    /// <summary>The normalized code of an MT5 retcode; unknown values are <see cref="TradeResultCode.Error"/>.</summary>
    public static TradeResultCode ToCode(int retcode) => retcode switch
    {
        Done or NoChanges => TradeResultCode.Done,
        Placed => TradeResultCode.Placed,
        DonePartial => TradeResultCode.DonePartial,
        Requote or PriceChanged => TradeResultCode.Requote,
        Reject or Cancel or Invalid or InvalidFill or Locked => TradeResultCode.Rejected,
        InvalidVolume or LimitOrders => TradeResultCode.InvalidVolume,
        InvalidPrice => TradeResultCode.InvalidPrice,
        InvalidStops => TradeResultCode.InvalidStops,
        MarketClosed => TradeResultCode.MarketClosed,
        NoMoney => TradeResultCode.NoMoney,
        PriceOff => TradeResultCode.PriceOff,
        TradeDisabled or ClientDisablesAutoTrading or CloseOnly or LongOnly or ShortOnly => TradeResultCode.TradeDisabled,
        PositionClosed => TradeResultCode.NotFound,
        TooManyRequests => TradeResultCode.TooManyRequests,
        HedgeProhibited => TradeResultCode.Unsupported,
        _ => TradeResultCode.Error,
    };

    /// <summary>The retcode a simulator or paper broker answers with for a normalized code.</summary>
    public static int FromCode(TradeResultCode code) => code switch
    {
        TradeResultCode.Done => Done,
        TradeResultCode.Placed => Placed,
        TradeResultCode.DonePartial => DonePartial,
        TradeResultCode.Requote => Requote,
        TradeResultCode.Rejected => Reject,
        TradeResultCode.InvalidVolume => InvalidVolume,
        TradeResultCode.InvalidPrice => InvalidPrice,
        TradeResultCode.InvalidStops => InvalidStops,
        TradeResultCode.MarketClosed => MarketClosed,
        TradeResultCode.NoMoney => NoMoney,
        TradeResultCode.PriceOff => PriceOff,
        TradeResultCode.TradeDisabled => TradeDisabled,
        TradeResultCode.NotFound => PositionClosed,
        TradeResultCode.TooManyRequests => TooManyRequests,
        TradeResultCode.Unsupported => HedgeProhibited,
        _ => Error,
    };

    /// <summary>A short English explanation a trader can read.</summary>
    public static string Describe(TradeResultCode code) => code switch
    {
        TradeResultCode.Done => "Executed.",
        TradeResultCode.Placed => "Pending order placed.",
        TradeResultCode.DonePartial => "Only part of the volume was executed.",
        TradeResultCode.Requote => "Requote: the price changed before execution. Nothing was executed.",
        TradeResultCode.Rejected => "The broker rejected the request.",
        TradeResultCode.InvalidVolume => "Invalid volume for this symbol.",
        TradeResultCode.InvalidPrice => "Invalid price for this order.",
        TradeResultCode.InvalidStops => "Invalid stop loss or take profit (wrong side or too close to the price).",
        TradeResultCode.MarketClosed => "The market is closed.",
        TradeResultCode.NoMoney => "Not enough free margin.",
        TradeResultCode.PriceOff => "No quotes to execute at.",
        TradeResultCode.TradeDisabled => "Trading is disabled for this account or symbol.",
        TradeResultCode.NotFound => "The position or order no longer exists.",
        TradeResultCode.TooManyRequests => "Too many requests; try again shortly.",
        TradeResultCode.Unsupported => "The account does not support this operation.",
        _ => "The broker returned an error.",
    };
}

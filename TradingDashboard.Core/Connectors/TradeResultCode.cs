namespace TradingDashboard.Core.Connectors;

/// <summary>A broker's answer to a trade request, normalized across platforms (MT5 retcodes: <see cref="Mt5Retcodes"/>).</summary>
public enum TradeResultCode
{
    /// <summary>Executed (MT5 10009 DONE).</summary>
    Done,

    /// <summary>A pending order was placed (MT5 10008 PLACED).</summary>
    Placed,

    /// <summary>Partly executed (MT5 10010 DONE_PARTIAL).</summary>
    DonePartial,

    /// <summary>The price moved; nothing was executed (10004 REQUOTE, 10020 PRICE_CHANGED).</summary>
    Requote,

    /// <summary>Refused by the broker (10006 REJECT, 10007 CANCEL, 10013 INVALID).</summary>
    Rejected,

    InvalidVolume,
    InvalidPrice,
    InvalidStops,
    MarketClosed,
    NoMoney,

    /// <summary>No quotes to execute at (10021 PRICE_OFF).</summary>
    PriceOff,

    /// <summary>Trading is disabled for the account or symbol (10017, 10027, 10044).</summary>
    TradeDisabled,

    /// <summary>The position or order named in the request does not exist (10036 POSITION_CLOSED, or an unknown ticket).</summary>
    NotFound,

    TooManyRequests,

    /// <summary>The connector or account cannot do this (e.g. hedging-only action on a netting account).</summary>
    Unsupported,

    /// <summary>Any other broker refusal; the message carries the broker's text.</summary>
    Error,
}

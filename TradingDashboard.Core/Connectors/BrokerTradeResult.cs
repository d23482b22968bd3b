namespace TradingDashboard.Core.Connectors;

/// <summary>
/// The broker's decision on a trade request: an expected outcome, never an exception. Faults
/// (no answer, server error) are <see cref="Resilience.BrokerException"/>s instead.
/// </summary>
/// <param name="Retcode">The platform's own code (MT5 <c>retcode</c>), kept for the record.</param>
/// <param name="Message">The broker's text, or <see cref="Mt5Retcodes.Describe"/>.</param>
/// <param name="OrderTicket">The broker order created (MT5 <c>order</c>), if any.</param>
/// <param name="DealTicket">The deal executed (MT5 <c>deal</c>), if any.</param>
/// <param name="PositionTicket">The position opened, changed or closed, if any.</param>
/// <param name="Volume">Executed (or placed) volume.</param>
/// <param name="Price">Execution price (or the pending order's price).</param>
public sealed record BrokerTradeResult(
    TradeResultCode Code,
    int Retcode,
    string Message,
    long? OrderTicket = null,
    long? DealTicket = null,
    long? PositionTicket = null,
    decimal? Volume = null,
    decimal? Price = null)
{
    public bool IsSuccess => Code is TradeResultCode.Done or TradeResultCode.Placed or TradeResultCode.DonePartial;

    public static BrokerTradeResult Refused(TradeResultCode code, string? message = null) =>
        new(code, Mt5Retcodes.FromCode(code), message ?? Mt5Retcodes.Describe(code));
}

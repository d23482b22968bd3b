namespace TradingDashboard.Core.Simulation.Bridge.Trading;

/// <summary>The broker's decision on a trade request: MetaTrader5 <c>order_send</c> result fields plus <c>position</c>.</summary>
/// <param name="Retcode">MT5 <c>TRADE_RETCODE_*</c>.</param>
/// <param name="Comment">The broker's text.</param>
/// <param name="Order">The order created; 0 when none.</param>
/// <param name="Deal">The deal executed; 0 when none.</param>
/// <param name="Position">The position opened, changed or closed; 0 when none.</param>
/// <param name="Bid">The symbol's bid when the answer was made; 0 when unknown.</param>
public sealed record BridgeTradeResult(
    int Retcode,
    string Comment,
    long Order,
    long Deal,
    long Position,
    decimal Volume,
    decimal Price,
    decimal Bid,
    decimal Ask);

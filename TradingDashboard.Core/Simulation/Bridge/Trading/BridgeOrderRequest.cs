namespace TradingDashboard.Core.Simulation.Bridge.Trading;

/// <summary><c>POST /api/mt5/account/{login}/orders</c>: MetaTrader5 <c>order_send</c> request fields.</summary>
/// <param name="Type">0 buy, 1 sell (market); 2 buy limit, 3 sell limit, 4 buy stop, 5 sell stop.</param>
/// <param name="Price">Required for pending orders; ignored for market orders.</param>
/// <param name="Sl">0 or absent for none.</param>
/// <param name="Tp">0 or absent for none.</param>
/// <param name="Comment">The client's idempotency tag (at most 31 characters).</param>
public sealed record BridgeOrderRequest(
    string? Symbol,
    int? Type,
    decimal? Volume,
    decimal? Price,
    decimal? Sl,
    decimal? Tp,
    int? Deviation,
    long? Magic,
    string? Comment);

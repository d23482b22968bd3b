using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Connectors;

/// <summary>
/// A new order: market (opens a position now) or pending (limit/stop at <see cref="Price"/>).
/// Prices and volume are already rounded to the symbol's tick size and volume step.
/// </summary>
/// <param name="Price">Required for pending orders; ignored for market orders (filled at bid/ask).</param>
/// <param name="StopLoss">Absolute price, or null for none.</param>
/// <param name="TakeProfit">Absolute price, or null for none.</param>
/// <param name="ClientTag">The idempotency tag (<see cref="ClientOrderTag"/>), carried in the MT5 <c>comment</c>.</param>
/// <param name="Magic">The live run / bot id (MT5 <c>magic</c>); 0 for manual trades.</param>
/// <param name="DeviationPoints">Accepted slippage for market orders, in points.</param>
public sealed record BrokerOrderRequest(
    string Symbol,
    PositionSide Direction,
    OrderType Type,
    decimal Volume,
    decimal? Price,
    decimal? StopLoss,
    decimal? TakeProfit,
    string ClientTag,
    long Magic = 0,
    int DeviationPoints = 20);

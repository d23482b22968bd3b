namespace TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

/// <summary>Body of <c>POST /api/mt5/account/{login}/orders</c>: MetaTrader5 <c>order_send</c> fields. Null fields are not sent.</summary>
internal sealed record Mt5OrderRequest(
    string Symbol,
    int Type,
    decimal Volume,
    decimal? Price,
    decimal? Sl,
    decimal? Tp,
    int Deviation,
    long Magic,
    string Comment)
{
    /// <summary>A market order carries no price (it fills at ask or bid); a pending one its own.</summary>
    public static Mt5OrderRequest From(BrokerOrderRequest request) => new(
        request.Symbol,
        Mt5OrderTypes.ToWire(request.Direction, request.Type),
        request.Volume,
        request.Type == OrderType.Market ? null : request.Price,
        request.StopLoss,
        request.TakeProfit,
        request.DeviationPoints,
        request.Magic,
        request.ClientTag);
}

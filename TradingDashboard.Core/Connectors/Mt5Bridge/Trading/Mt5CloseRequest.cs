namespace TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

/// <summary>Body of <c>POST …/positions/{ticket}/close</c>; no <see cref="Volume"/> closes the whole position.</summary>
internal sealed record Mt5CloseRequest(decimal? Volume, int Deviation, long Magic, string Comment)
{
    public static Mt5CloseRequest From(BrokerCloseRequest request) =>
        new(request.Volume, request.DeviationPoints, request.Magic, request.ClientTag);
}

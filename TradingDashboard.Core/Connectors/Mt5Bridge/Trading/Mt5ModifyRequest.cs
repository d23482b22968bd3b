namespace TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

/// <summary>Body of <c>POST …/positions/{ticket}/modify</c>: both levels always, 0 removes one.</summary>
internal sealed record Mt5ModifyRequest(decimal Sl, decimal Tp)
{
    public static Mt5ModifyRequest From(BrokerModifyRequest request) => new(request.StopLoss ?? 0m, request.TakeProfit ?? 0m);
}

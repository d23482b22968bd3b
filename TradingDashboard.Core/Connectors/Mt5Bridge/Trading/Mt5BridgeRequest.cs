namespace TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

/// <summary>One call to the bridge.</summary>
/// <param name="Path">Relative to the bridge's base address, e.g. <c>api/mt5/account/2001/positions</c>.</param>
/// <param name="What">What the call is about, for messages: "the positions of login 2001".</param>
/// <param name="IsTrade">A trade request: it gets the trade timeout, and a timeout leaves its outcome unknown.</param>
internal sealed record Mt5BridgeRequest(HttpMethod Method, string Path, string What, bool IsTrade = false)
{
    public HttpContent? Body { get; init; }
}

using System.Net;

namespace TradingDashboard.Core.Connectors.Mt5Bridge;

/// <summary>The MT5 bridge could not serve a call: unreachable, timed out, refused, or answered nonsense. The message is fit to show a trader.</summary>
public sealed class BridgeUnavailableException(string message, HttpStatusCode? statusCode = null, Exception? inner = null)
    : DashboardException(message, inner)
{
    /// <summary>The bridge's HTTP status when it answered (e.g. 404 for an unknown symbol); null when it never did.</summary>
    public HttpStatusCode? StatusCode { get; } = statusCode;
}

using Polly.Timeout;
using TradingDashboard.Core.Resilience;

namespace TradingDashboard.Core.Trading.Gateway;

/// <summary>Which exceptions of a broker call are faults of the broker, and which of those a read may retry.</summary>
internal static class BrokerFaults
{
    /// <summary>
    /// The breaker counts the broker failing (unreachable, no answer, garbage, not initialised,
    /// credentials refused), never a broker decision (those are results) nor a bad request.
    /// </summary>
    public static bool CountsAgainstBreaker(Exception? exception) => exception switch
    {
        TimeoutRejectedException => true,
        BrokerException broker => broker.Kind is BrokerErrorKind.Connection or BrokerErrorKind.Timeout or BrokerErrorKind.Data
            or BrokerErrorKind.Init or BrokerErrorKind.Auth,
        _ => false,
    };

    /// <summary>Transient read failures worth another attempt; an open breaker is not one of them.</summary>
    public static bool IsRetryableRead(Exception? exception) => exception switch
    {
        TimeoutRejectedException => true,
        BrokerException broker => broker.Kind is BrokerErrorKind.Connection or BrokerErrorKind.Timeout or BrokerErrorKind.Data,
        _ => false,
    };
}

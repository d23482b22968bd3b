using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Resilience;

namespace TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

/// <summary>Log messages of the MT5 bridge connector (event ids 5300-5319).</summary>
internal static partial class Mt5BridgeConnectorLog
{
    [LoggerMessage(EventId = 5300, Level = LogLevel.Information, Message = "Sending {What} to the bridge for login {Login} (tag {ClientTag})")]
    public static partial void TradeSending(this ILogger logger, string what, string login, string clientTag);

    [LoggerMessage(EventId = 5301, Level = LogLevel.Information, Message = "The bridge answered {What} for login {Login} with retcode {Retcode} ({Code})")]
    public static partial void TradeAnswered(this ILogger logger, string what, string login, int retcode, TradeResultCode code);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Warning, Message = "Bridge call failed for login {Login}: {What} ({Kind})")]
    public static partial void CallFailed(this ILogger logger, Exception exception, string login, string what, BrokerErrorKind kind);
}

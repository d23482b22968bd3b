using TradingDashboard.Core.Connectors;

namespace TradingDashboard.Core.Simulation.Trading;

/// <summary>The book's answers, each with the MT5 retcode a real server gives in that case.</summary>
internal static class TradeResults
{
    public static BrokerTradeResult Refuse(int retcode, string message) => new(Mt5Retcodes.ToCode(retcode), retcode, message);

    public static BrokerTradeResult Done(long order, long deal, long position, decimal volume, decimal price) =>
        new(TradeResultCode.Done, Mt5Retcodes.Done, "Request executed.", order, deal, position, volume, price);

    public static BrokerTradeResult Placed(long order, decimal volume, decimal price) =>
        new(TradeResultCode.Placed, Mt5Retcodes.Placed, "Pending order placed.", order, null, null, volume, price);

    public static BrokerTradeResult Modified(long position) =>
        new(TradeResultCode.Done, Mt5Retcodes.Done, "Stops modified.", null, null, position);

    public static BrokerTradeResult Cancelled(long order) =>
        new(TradeResultCode.Done, Mt5Retcodes.Done, "Pending order deleted.", order);
}

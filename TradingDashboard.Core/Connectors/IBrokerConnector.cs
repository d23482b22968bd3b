using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Connectors;

/// <summary>
/// One broker account, platform-agnostic. Broker decisions come back as
/// <see cref="BrokerTradeResult"/> values; faults (unreachable, timeout, malformed answer) throw
/// <see cref="Resilience.BrokerException"/>. A connector never retries a trade request. Only
/// <c>TradingService</c> calls connectors.
/// </summary>
public interface IBrokerConnector
{
    /// <summary>The account this connector trades (its broker login).</summary>
    string Login { get; }

    BrokerCapabilities Capabilities { get; }

    Task<BrokerAccountInfo> GetAccountInfoAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<BrokerPosition>> GetPositionsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<BrokerPendingOrder>> GetPendingOrdersAsync(CancellationToken cancellationToken);

    /// <returns>Null when the broker has no such symbol.</returns>
    Task<SymbolInfo?> GetSymbolAsync(string symbol, CancellationToken cancellationToken);

    /// <returns>Null when the broker has no such symbol or no quote yet.</returns>
    Task<BrokerQuote?> GetQuoteAsync(string symbol, CancellationToken cancellationToken);

    /// <summary>The last <paramref name="count"/> bars, oldest first.</summary>
    Task<IReadOnlyList<Candle>> GetCandlesAsync(string symbol, Timeframe timeframe, int count, CancellationToken cancellationToken);

    Task<BrokerTradeResult> PlaceOrderAsync(BrokerOrderRequest request, CancellationToken cancellationToken);

    Task<BrokerTradeResult> ClosePositionAsync(BrokerCloseRequest request, CancellationToken cancellationToken);

    Task<BrokerTradeResult> ModifyPositionAsync(BrokerModifyRequest request, CancellationToken cancellationToken);

    Task<BrokerTradeResult> CancelOrderAsync(BrokerCancelRequest request, CancellationToken cancellationToken);

    /// <summary>Deals executed at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<BrokerDeal>> GetDealsAsync(DateTimeOffset since, CancellationToken cancellationToken);
}

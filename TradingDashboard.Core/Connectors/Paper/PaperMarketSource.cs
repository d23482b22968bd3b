using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Connectors.Paper;

/// <summary>
/// Where a paper account reads what it does not simulate: symbol specifications and candle
/// history, from the real broker of the account (read calls only; a paper connector never trades there).
/// </summary>
/// <param name="GetSymbolAsync">The broker's specification of a symbol, or null when it has none.</param>
/// <param name="GetCandlesAsync">The last bars of a symbol and timeframe, oldest first.</param>
public sealed record PaperMarketSource(
    Func<string, CancellationToken, Task<SymbolInfo?>> GetSymbolAsync,
    Func<string, Timeframe, int, CancellationToken, Task<IReadOnlyList<Candle>>> GetCandlesAsync)
{
    /// <summary>Reads symbols and candles through <paramref name="connector"/>; its trade methods are never called.</summary>
    public static PaperMarketSource From(IBrokerConnector connector)
    {
        ArgumentNullException.ThrowIfNull(connector);
        return new PaperMarketSource(connector.GetSymbolAsync, connector.GetCandlesAsync);
    }
}

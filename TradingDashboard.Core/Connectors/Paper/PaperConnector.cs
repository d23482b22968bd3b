using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Simulation.Trading;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Core.Connectors.Paper;

/// <summary>
/// Paper trading for one dashboard account: orders fill in process on the account's live quotes
/// (the market hub's price groups), through the same trading book as the bridge simulator, so
/// volumes, stops, margin, hedging, partial closes, SL/TP and pending orders behave as at an MT5
/// broker. Symbol specifications and candles come from <see cref="PaperMarketSource"/>; nothing is
/// ever sent to a broker. State lives in memory: keep one instance per account for the process
/// lifetime, and dispose it to stop watching quotes.
/// </summary>
public sealed class PaperConnector : IBrokerConnector, IDisposable
{
    private static readonly BrokerCapabilities PaperCapabilities = new(Streaming: true, PendingOrders: true, PartialClose: true, Hedging: true);

    private readonly Guid _accountId;
    private readonly PaperMarketSource _source;
    private readonly PaperMarket _market;
    private readonly TradingBook _book;
    private readonly IMarketSubscription _quotes;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _triggers;
    private readonly ILogger _logger;
    private int _disposed;

    /// <param name="account">The dashboard account: its id names its price groups, its login and currency the paper account's.</param>
    /// <param name="source">Symbol specifications and candles (e.g. <see cref="PaperMarketSource.From"/> the account's bridge connector).</param>
    /// <param name="hub">Quotes that trigger SL/TP and pending orders.</param>
    /// <param name="cache">The latest quote of each symbol, to fill at.</param>
    /// <param name="options">Starting balance and leverage (<see cref="ConnectorOptions.PaperBalance"/>, <see cref="ConnectorOptions.PaperLeverage"/>).</param>
    public PaperConnector(Account account, PaperMarketSource source, IMarketHub hub, ILastValueCache cache, ConnectorOptions options, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(hub);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _accountId = account.Id;
        _source = source;
        _logger = logger;
        _market = new PaperMarket(account.Id, cache);
        _book = new TradingBook(
            new TradingBookOptions(account.BrokerLogin, account.Currency, options.PaperBalance, options.PaperLeverage, Hedging: true),
            _market, new TicketSequence(), time);
        _quotes = hub.Subscribe(MarketTopic.Prefix(GroupKeys.PricesPrefix(account.Id)));
        _triggers = Task.Run(() => WatchQuotesAsync(_stopping.Token));
        logger.PaperStarted(account.Id, options.PaperBalance, _book.Currency, options.PaperLeverage);
    }

    public string Login => _book.Login;

    public BrokerCapabilities Capabilities => PaperCapabilities;

    public Task<BrokerAccountInfo> GetAccountInfoAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var valuation = _book.Valuate();
        return Task.FromResult(new BrokerAccountInfo(
            Login, _book.Currency, valuation.Balance, valuation.Equity, valuation.Margin, valuation.MarginFree, _book.Leverage, TradeAllowed: true, Hedging: true));
    }

    public Task<IReadOnlyList<BrokerPosition>> GetPositionsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_book.Valuate().Positions);
    }

    public Task<IReadOnlyList<BrokerPendingOrder>> GetPendingOrdersAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_book.PendingOrders());
    }

    public Task<SymbolInfo?> GetSymbolAsync(string symbol, CancellationToken cancellationToken) => _source.GetSymbolAsync(symbol, cancellationToken);

    public Task<BrokerQuote?> GetQuoteAsync(string symbol, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_market.Quote(symbol));
    }

    public Task<IReadOnlyList<Candle>> GetCandlesAsync(string symbol, Timeframe timeframe, int count, CancellationToken cancellationToken) =>
        _source.GetCandlesAsync(symbol, timeframe, count, cancellationToken);

    /// <summary>Fills a market order now at the live ask/bid, or places a pending order; checks as an MT5 server does.</summary>
    public async Task<BrokerTradeResult> PlaceOrderAsync(BrokerOrderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var symbol = await _source.GetSymbolAsync(request.Symbol, cancellationToken).ConfigureAwait(false);
        return _book.Place(symbol is null ? request : request with { Symbol = symbol.Name }, symbol);
    }

    public Task<BrokerTradeResult> ClosePositionAsync(BrokerCloseRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_book.Close(request));
    }

    public Task<BrokerTradeResult> ModifyPositionAsync(BrokerModifyRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_book.Modify(request));
    }

    public Task<BrokerTradeResult> CancelOrderAsync(BrokerCancelRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_book.Cancel(request));
    }

    public Task<IReadOnlyList<BrokerDeal>> GetDealsAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_book.Deals(since));
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stopping.Cancel();
        _triggers.Wait(TimeSpan.FromSeconds(5));
        _quotes.Dispose();
        _stopping.Dispose();
    }

    private async Task WatchQuotesAsync(CancellationToken stopping)
    {
        try
        {
            while (true)
            {
                foreach (var update in (await _quotes.ReadAsync(stopping).ConfigureAwait(false)).OfType<QuoteUpdate>())
                {
                    OnQuote(update.Tick);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Disposed.
        }
    }

    private void OnQuote(Tick tick)
    {
        try
        {
            _book.OnQuote(new BrokerQuote(tick.Symbol, tick.Bid, tick.Ask, tick.Time));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.QuoteFailed(ex, _accountId, tick.Symbol);
        }
    }
}

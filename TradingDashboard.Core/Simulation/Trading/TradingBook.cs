using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Simulation.Trading;

/// <summary>
/// One account's positions, pending orders, deals and balance, run the way an MT5 trade server
/// runs them: market orders fill at ask (buy) or bid (sell), requests are checked with MT5's
/// retcodes, SL/TP and pending orders trigger on quotes, every fill and close is a deal, and the
/// balance moves by each closing deal's profit. Platform-neutral: the bridge simulator and the
/// paper connector both trade through it. Thread-safe: one lock per account.
/// </summary>
internal sealed partial class TradingBook
{
    private readonly Lock _gate = new();
    private readonly TradingBookOptions _options;
    private readonly ITradingMarket _market;
    private readonly TicketSequence _tickets;
    private readonly TimeProvider _time;
    private readonly HashSet<string> _closedSymbols;
    private readonly List<BookPosition> _positions = [];
    private readonly List<BookOrder> _orders = [];
    private readonly Queue<BrokerDeal> _deals = new();
    private readonly Queue<ClosedPosition> _closures = new();
    private decimal _balance;
    private bool _changed;

    public TradingBook(TradingBookOptions options, ITradingMarket market, TicketSequence tickets, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Leverage, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDeals, 1);
        _options = options;
        _market = market;
        _tickets = tickets;
        _time = time;
        _closedSymbols = new HashSet<string>(options.ClosedSymbols ?? [], StringComparer.OrdinalIgnoreCase);
        _balance = options.Balance;
        Currency = options.Currency.ToUpperInvariant();
    }

    public string Login => _options.Login;

    public string Currency { get; }

    public int Leverage => _options.Leverage;

    public bool Hedging => _options.Hedging;

    public decimal Balance
    {
        get
        {
            lock (_gate)
            {
                return _balance;
            }
        }
    }

    /// <summary>
    /// Opens a position at the market without the request checks: the positions an account
    /// already holds when the simulator starts. It gets an opening deal like any other.
    /// </summary>
    public BrokerTradeResult OpenAtMarket(SymbolInfo symbol, PositionSide side, decimal volume)
    {
        lock (_gate)
        {
            return _market.Quote(symbol.Name) is { } quote
                ? Fill(new Execution(symbol, side, volume, null, null, 0, "", _tickets.NextOrder(), DealReason.Client), quote)
                : TradeResults.Refuse(Mt5Retcodes.PriceOff, $"No quote for {symbol.Name}.");
        }
    }

    /// <summary>What changed since the last call: whether to republish, and the positions closed in full.</summary>
    public BookChanges DrainChanges()
    {
        lock (_gate)
        {
            if (!_changed && _closures.Count == 0)
            {
                return BookChanges.None;
            }

            var changes = new BookChanges(_changed, [.. _closures]);
            _changed = false;
            _closures.Clear();
            return changes;
        }
    }

    private static DealReason ReasonOf(long magic) => magic == 0 ? DealReason.Client : DealReason.Expert;

    private static PositionSide Opposite(PositionSide side) => side == PositionSide.Buy ? PositionSide.Sell : PositionSide.Buy;

    private static bool SameSymbol(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    /// <summary>MT5 sends 0 for "no level".</summary>
    private static decimal? Level(decimal? price) => price is null or 0m ? null : price;

    private bool IsClosed(string symbol) => _closedSymbols.Contains(symbol);

    private BookPosition? FindPosition(long ticket) => _positions.Find(p => p.Ticket == ticket);

    private decimal ToAccount(decimal amount, SymbolInfo symbol) =>
        _market.Convert(amount, symbol.ProfitCurrency, Currency)
        ?? amount * symbol.TickValue / (symbol.TickSize * symbol.ContractSize);

    private decimal RealizedProfit(BookPosition position, decimal volume, decimal closePrice) =>
        PositionValuation.Money(ToAccount(PositionValuation.RawProfit(position.Side, volume, position.PriceOpen, closePrice, position.Symbol), position.Symbol));

    private decimal MarginOf(SymbolInfo symbol, decimal volume, decimal price) =>
        PositionValuation.Money(ToAccount(PositionValuation.RawMargin(volume, price, symbol, Leverage), symbol));
}

using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming.Updates;
using TradingDashboard.Core.Trading.History;

namespace TradingDashboard.Components.Pages.Positions;

/// <summary>
/// Everything the Positions page knows about one account: positions and pending orders from the
/// broker's last read, the latest quote and the specification of each symbol, the dashboard's
/// lineage per position, and the orders still being verified. Pure state: the page does the I/O.
/// </summary>
public sealed class PositionsBook(Guid accountId, string currency)
{
    private readonly Dictionary<long, PositionLine> _lines = [];
    private readonly Dictionary<string, LiveQuote> _quotes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SymbolInfo> _symbols = new(StringComparer.OrdinalIgnoreCase);

    // Order id → the position or pending order its unknown outcome concerns.
    private readonly Dictionary<Guid, (long? Position, long? Order)> _verifying = [];
    private IReadOnlyList<PositionLine> _sorted = [];

    public Guid AccountId { get; } = accountId;

    public string Currency { get; } = currency;

    /// <summary>Open positions, oldest first (as MT5's Trade tab).</summary>
    public IReadOnlyList<PositionLine> Lines => _sorted;

    public IReadOnlyList<BrokerPendingOrder> Orders { get; private set; } = [];

    /// <summary>When the broker was last read successfully; null before the first read.</summary>
    public DateTimeOffset? LoadedAt { get; private set; }

    /// <summary>Symbols of positions and orders whose specification is not known yet.</summary>
    public IReadOnlyList<string> MissingSymbols =>
        [.. _lines.Values.Select(l => l.Symbol).Concat(Orders.Select(o => o.Symbol))
            .Where(s => !_symbols.ContainsKey(s)).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>True when some position has no lineage yet.</summary>
    public bool LacksLineage => _lines.Values.Any(l => l.Trade is null);

    /// <summary>Sum of floating profit and swap of every position, in the account currency.</summary>
    public decimal TotalProfit => _lines.Values.Sum(l => l.Profit + l.Swap);

    /// <summary>The oldest price behind <see cref="TotalProfit"/>: the total is as old as that.</summary>
    public DateTimeOffset? OldestPricedAt => _lines.Count == 0 ? null : _lines.Values.Min(l => l.PricedAt);

    public void Replace(IReadOnlyList<BrokerPosition> positions, IReadOnlyList<BrokerPendingOrder> orders, DateTimeOffset readAt)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(orders);
        var seen = new HashSet<long>();
        foreach (var position in positions)
        {
            seen.Add(position.Ticket);
            if (_lines.TryGetValue(position.Ticket, out var line))
            {
                line.Update(position, readAt);
            }
            else
            {
                line = new PositionLine(position, readAt);
                _lines.Add(position.Ticket, line);
            }

            Reprice(line);
        }

        foreach (var gone in _lines.Keys.Where(t => !seen.Contains(t)).ToList())
        {
            _lines.Remove(gone);
        }

        Orders = [.. orders.OrderBy(o => o.PlacedAt).ThenBy(o => o.Ticket)];
        LoadedAt = readAt;
        Sort();
    }

    /// <summary>
    /// Folds in a <c>positions.snapshot</c>: swaps (and prices of symbols without a specification)
    /// are updated in place. Returns true when the snapshot disagrees with the last read on which
    /// positions exist or on their volume or stops, so the page should read the broker again.
    /// </summary>
    public bool ApplySnapshot(PositionsSnapshot snapshot, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.AccountId != AccountId || LoadedAt is null)
        {
            return false;
        }

        var differs = snapshot.Positions.Count != _lines.Count;
        foreach (var position in snapshot.Positions)
        {
            if (!_lines.TryGetValue(position.Ticket, out var line))
            {
                differs = true;
                continue;
            }

            line.ApplySnapshot(position, receivedAt, _symbols.ContainsKey(line.Symbol) && _quotes.ContainsKey(line.Symbol));
            var held = line.Position;
            differs |= held.Volume != position.Volume
                || (held.StopLoss ?? 0m) != position.StopLoss
                || (held.TakeProfit ?? 0m) != position.TakeProfit;
        }

        return differs;
    }

    public void ApplyQuote(LiveQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        if (_quotes.TryGetValue(quote.Symbol, out var known) && known.ReceivedAt > quote.ReceivedAt)
        {
            return;
        }

        _quotes[quote.Symbol] = quote;
        foreach (var line in _lines.Values)
        {
            if (string.Equals(line.Symbol, quote.Symbol, StringComparison.OrdinalIgnoreCase))
            {
                Reprice(line);
            }
        }
    }

    public void ApplyQuote(QuoteUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        ApplyQuote(new LiveQuote(update.Tick.Symbol, update.Tick.Bid, update.Tick.Ask, update.ReceivedAt));
    }

    public void SetSymbol(SymbolInfo symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        _symbols[symbol.Name] = symbol;
        foreach (var line in _lines.Values)
        {
            Reprice(line);
        }
    }

    public SymbolInfo? Symbol(string symbol) => _symbols.GetValueOrDefault(symbol);

    public LiveQuote? Quote(string symbol) => _quotes.GetValueOrDefault(symbol);

    /// <summary>The symbol's digits, or inferred from the prices seen while its specification is unknown.</summary>
    public int Digits(string symbol)
    {
        if (_symbols.TryGetValue(symbol, out var spec))
        {
            return spec.Digits;
        }

        var prices = _lines.Values.Where(l => string.Equals(l.Symbol, symbol, StringComparison.OrdinalIgnoreCase))
            .SelectMany(l => new[] { l.Position.PriceOpen, l.CurrentPrice })
            .Concat(Orders.Where(o => string.Equals(o.Symbol, symbol, StringComparison.OrdinalIgnoreCase)).Select(o => o.Price))
            .ToList();
        if (_quotes.TryGetValue(symbol, out var quote))
        {
            prices.Add(quote.Bid);
            prices.Add(quote.Ask);
        }

        return PriceText.InferDigits([.. prices]);
    }

    /// <summary>Attaches the dashboard's trades to positions: by ticket, else by the client tag in the position's comment.</summary>
    public void SetTrades(IReadOnlyList<TradeHistoryRow> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        var byTicket = trades.GroupBy(t => t.PositionTicket).ToDictionary(g => g.Key, g => g.First());
        var byTag = trades.Where(t => t.IdempotencyKey is not null)
            .GroupBy(t => ClientOrderTag.For(t.IdempotencyKey!), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var line in _lines.Values)
        {
            if (byTicket.TryGetValue(line.Ticket, out var trade))
            {
                line.Trade = trade;
                continue;
            }

            var comment = line.Position.Comment;
            line.Trade = byTag.FirstOrDefault(p => ClientOrderTag.Matches(comment, p.Key)).Value ?? line.Trade;
        }
    }

    /// <summary>An order's outcome is unknown: the row it concerns shows "verifying" until it is resolved.</summary>
    public void MarkVerifying(Guid orderId, long? positionTicket, long? orderTicket)
    {
        if (positionTicket is not null || orderTicket is not null)
        {
            _verifying[orderId] = (positionTicket, orderTicket);
        }
    }

    /// <summary>The order reached a final state (reconciled or answered).</summary>
    public void Resolve(Guid orderId) => _verifying.Remove(orderId);

    public bool IsVerifying(PositionLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return _verifying.Values.Any(v => v.Position == line.Ticket);
    }

    public bool IsVerifying(BrokerPendingOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return _verifying.Values.Any(v => v.Order == order.Ticket);
    }

    private void Reprice(PositionLine line)
    {
        if (_symbols.TryGetValue(line.Symbol, out var spec) && _quotes.TryGetValue(line.Symbol, out var quote))
        {
            line.Reprice(quote, spec, Currency);
        }
    }

    private void Sort() => _sorted = [.. _lines.Values.OrderBy(l => l.Position.OpenedAt).ThenBy(l => l.Ticket)];
}

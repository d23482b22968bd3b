using System.Globalization;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Simulation.Accounts;
using TradingDashboard.Core.Simulation.Market;
using TradingDashboard.Core.Simulation.Trading;

namespace TradingDashboard.Core.Simulation.Bridge.Trading;

/// <summary>
/// The trading side of the simulated MT5 bridge: positions, pending orders, symbol specs, deals,
/// and the four trade requests, executed by each account's <see cref="TradingBook"/>. Broker
/// decisions are values with MT5 retcodes; only a malformed request (<see cref="BridgeErrorCode.Invalid"/>)
/// or an unknown account (<see cref="BridgeErrorCode.NotFound"/>) is refused.
/// </summary>
public sealed partial class SimulatedTrading
{
    private readonly SimulatorRuntime _runtime;
    private readonly TimeProvider _time;
    private readonly TimeSpan _fillDelay;
    private readonly SimulatorTradingMarket _market;

    internal SimulatedTrading(SimulatorRuntime runtime, TimeProvider time)
    {
        _runtime = runtime;
        _time = time;
        _fillDelay = TimeSpan.FromMilliseconds(runtime.Options.Trading.FillDelayMs);
        _market = new SimulatorTradingMarket(runtime.Market);
    }

    public BridgeOutcome<BridgePositions> GetPositions(string login)
    {
        if (_runtime.Broker.FindByKey(login) is not { } account)
        {
            return NotFound<BridgePositions>(login);
        }

        var positions = account.Book.Valuate().Positions.Select(BridgeRecords.Position).ToList();
        return BridgeOutcomes.Ok(new BridgePositions(account.Login, positions, positions.Count, _time.GetUtcNow()));
    }

    public BridgeOutcome<BridgePendingOrders> GetOrders(string login)
    {
        if (_runtime.Broker.FindByKey(login) is not { } account)
        {
            return NotFound<BridgePendingOrders>(login);
        }

        var orders = account.Book.PendingOrders()
            .Select(o => BridgeRecords.Order(o, Quote(o.Symbol) is { } q ? PositionValuation.OpenPrice(o.Direction, q) : 0m))
            .ToList();
        return BridgeOutcomes.Ok(new BridgePendingOrders(account.Login, orders, orders.Count, _time.GetUtcNow()));
    }

    /// <summary>The symbol's trading specification for the account, with its tick value in the account currency, and the current quote.</summary>
    public BridgeOutcome<BridgeSymbolInfo> GetSymbol(string login, string symbol)
    {
        if (_runtime.Broker.FindByKey(login) is not { } account)
        {
            return NotFound<BridgeSymbolInfo>(login);
        }

        if (_runtime.Market.FindSymbol(symbol?.Trim()) is not { } spec || !_runtime.Market.Quotes.TryGetQuote(spec.Name, out var quote))
        {
            return BridgeOutcomes.NotFound<BridgeSymbolInfo>(
                $"Unknown symbol '{symbol}'. Simulated symbols: {string.Join(", ", _runtime.Market.Symbols.Select(s => s.Name))}.");
        }

        var info = SimulatorSymbols.Describe(spec, account.Currency, _runtime.Market.Quotes);
        return BridgeOutcomes.Ok(new BridgeSymbolInfo(
            info.Name, SymbolDescriptions.Of(spec), info.Digits, info.Point, quote.SpreadPoints, info.TickSize, info.TickValue, info.ContractSize,
            info.VolumeMin, info.VolumeMax, info.VolumeStep, info.StopsLevel, info.BaseCurrency, info.ProfitCurrency, info.MarginCurrency,
            quote.Bid, quote.Ask, quote.Time.ToUnixTimeSeconds(), quote.Time.ToUnixTimeMilliseconds()));
    }

    /// <param name="from">Unix seconds; absent or 0 for every deal the history keeps.</param>
    public BridgeOutcome<BridgeDeals> GetDeals(string login, string? from)
    {
        var since = 0L;
        if (!string.IsNullOrWhiteSpace(from)
            && (!long.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out since) || since > DateTimeOffset.MaxValue.ToUnixTimeSeconds()))
        {
            return BridgeOutcomes.Invalid<BridgeDeals>($"from must be unix seconds (a whole number, 0 or more), not '{from}'.");
        }

        if (_runtime.Broker.FindByKey(login) is not { } account)
        {
            return NotFound<BridgeDeals>(login);
        }

        var deals = account.Book.Deals(DateTimeOffset.FromUnixTimeSeconds(since)).Select(BridgeRecords.Deal).ToList();
        return BridgeOutcomes.Ok(new BridgeDeals(account.Login, deals, deals.Count, _time.GetUtcNow()));
    }

    private BrokerQuote? Quote(string? symbol) => symbol is null ? null : _market.Quote(symbol);

    private BridgeTradeResult Answer(BrokerTradeResult result, string? symbol)
    {
        var quote = Quote(symbol);
        return new BridgeTradeResult(
            result.Retcode, result.Message, result.OrderTicket ?? 0, result.DealTicket ?? 0, result.PositionTicket ?? 0,
            result.Volume ?? 0m, result.Price ?? 0m, quote?.Bid ?? 0m, quote?.Ask ?? 0m);
    }

    /// <summary>The broker is reachable only through a connected terminal (10031 CONNECTION otherwise).</summary>
    private static BrokerTradeResult? Disconnected(SimulatedAccount account) => account.TerminalConnected
        ? null
        : TradeResults.Refuse(Mt5Retcodes.Connection, $"The terminal of account {account.Login} is not connected to the trade server.");

    private static bool TryTicket(string ticket, out long value) =>
        long.TryParse(ticket, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;

    private static BridgeOutcome<T> NotFound<T>(string login) where T : class =>
        BridgeOutcomes.NotFound<T>($"No simulated account has login {login}.");
}

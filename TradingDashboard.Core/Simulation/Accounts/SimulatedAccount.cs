using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Events.Payloads;
using TradingDashboard.Core.Simulation.Trading;

namespace TradingDashboard.Core.Simulation.Accounts;

/// <summary>
/// A simulated broker account. The simulator is the broker: its <see cref="Book"/> holds the
/// positions, orders, deals and balance, and computes equity, profit and margin at the current
/// quotes. Safe to read from any thread.
/// </summary>
internal sealed class SimulatedAccount(SimulatedAccountOptions options, TradingBook book)
{
    private volatile bool _terminalConnected = options.TerminalConnected;
    private volatile StoredAccountInfo? _stored;

    public string Login { get; } = options.Login;

    public Guid? InternalAccountId { get; } = options.InternalAccountId;

    public string Name { get; } = options.Name;

    public string Server { get; } = options.Server;

    public string Company { get; } = options.Company;

    public string Currency => Book.Currency;

    public int Leverage => Book.Leverage;

    public TradingBook Book { get; } = book;

    /// <summary>Routing key account part: the internal UUID when configured, else the login.</summary>
    public string AccountKey => InternalAccountId?.ToString("D") ?? Login;

    public bool TerminalConnected
    {
        get => _terminalConnected;
        set => _terminalConnected = value;
    }

    public StoredAccountInfo? Stored => _stored;

    public void Store(AccountInfoPayload info, DateTimeOffset at) => _stored = new StoredAccountInfo(info, at);

    public AccountValuation Valuate()
    {
        var valuation = Book.Valuate();
        var info = new AccountInfoPayload(
            Login, valuation.Balance, valuation.Equity, valuation.Profit, valuation.Margin, valuation.MarginFree, valuation.MarginLevel,
            Leverage, Currency, TradeAllowed: TerminalConnected, Name, Server, Company);
        return new AccountValuation(info, [.. valuation.Positions.Select(ToRecord)]);
    }

    // MT5 reports no SL/TP as 0; on a hedging account the identifier is the ticket.
    private static PositionRecord ToRecord(BrokerPosition position) => new(
        position.Ticket, position.OpenedAt.ToUnixTimeSeconds(), (int)position.Direction, position.Magic, position.Ticket,
        position.Volume, position.PriceOpen, position.StopLoss ?? 0m, position.TakeProfit ?? 0m, position.PriceCurrent,
        position.Swap, position.Profit, position.Symbol, position.Comment);
}

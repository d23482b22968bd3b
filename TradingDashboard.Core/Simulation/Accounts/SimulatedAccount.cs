using TradingDashboard.Core.Events.Payloads;
using TradingDashboard.Core.Simulation.Bridge;
using TradingDashboard.Core.Simulation.Market;

namespace TradingDashboard.Core.Simulation.Accounts;

/// <summary>
/// A simulated broker account. The simulator is the broker, so it computes equity, profit and
/// margin from its positions and the current quotes. Safe to read from any thread.
/// </summary>
internal sealed class SimulatedAccount(SimulatedAccountOptions options, IReadOnlyList<SimulatedPosition> positions, IReadOnlyList<BridgeDeal> deals)
{
    private volatile bool _terminalConnected = options.TerminalConnected;
    private volatile StoredAccountInfo? _stored;

    public string Login { get; } = options.Login;

    public Guid? InternalAccountId { get; } = options.InternalAccountId;

    public string Name { get; } = options.Name;

    public string Server { get; } = options.Server;

    public string Company { get; } = options.Company;

    public string Currency { get; } = options.Currency.ToUpperInvariant();

    public decimal Balance { get; } = options.Balance;

    public int Leverage { get; } = options.Leverage;

    /// <summary>Routing key account part: the internal UUID when configured, else the login.</summary>
    public string AccountKey => InternalAccountId?.ToString("D") ?? Login;

    public IReadOnlyList<SimulatedPosition> Positions { get; } = positions;

    /// <summary>Deal history: the deals that opened <see cref="Positions"/>.</summary>
    public IReadOnlyList<BridgeDeal> Deals { get; } = deals;

    public bool TerminalConnected
    {
        get => _terminalConnected;
        set => _terminalConnected = value;
    }

    public StoredAccountInfo? Stored => _stored;

    public void Store(AccountInfoPayload info, DateTimeOffset at) => _stored = new StoredAccountInfo(info, at);

    public AccountValuation Valuate(IQuoteBoard quotes)
    {
        var records = new List<PositionRecord>(Positions.Count);
        decimal profit = 0, margin = 0;
        foreach (var position in Positions)
        {
            decimal current = position.PriceOpen, positionProfit = 0;
            if (quotes.TryGetQuote(position.Symbol.Name, out var quote))
            {
                current = PositionValuation.ClosePrice(position, quote);
                positionProfit = PositionValuation.Profit(position, quote, Currency, quotes) ?? 0m;
                margin += PositionValuation.Margin(position, quote, Leverage, Currency, quotes) ?? 0m;
            }

            profit += positionProfit;
            records.Add(new PositionRecord(
                position.Ticket, position.Time.ToUnixTimeSeconds(), (int)position.Side, position.Magic, position.Ticket,
                position.Volume, position.PriceOpen, 0m, 0m, current, 0m, positionProfit, position.Symbol.Name, position.Comment));
        }

        var equity = Balance + profit;
        var marginLevel = margin > 0 ? PositionValuation.Money(equity / margin * 100m) : 0m;
        var info = new AccountInfoPayload(
            Login, Balance, equity, profit, margin, equity - margin, marginLevel, Leverage, Currency,
            TradeAllowed: TerminalConnected, Name, Server, Company);
        return new AccountValuation(info, records);
    }
}

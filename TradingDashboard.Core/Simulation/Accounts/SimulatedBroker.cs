using TradingDashboard.Core.Simulation.Bridge;
using TradingDashboard.Core.Simulation.Market;
using TradingDashboard.Core.Simulation.Trading;

namespace TradingDashboard.Core.Simulation.Accounts;

/// <summary>The simulated broker: its accounts, each with a trading book seeded with its start positions.</summary>
internal sealed class SimulatedBroker
{
    private SimulatedBroker(IReadOnlyList<SimulatedAccount> accounts) => Accounts = accounts;

    public IReadOnlyList<SimulatedAccount> Accounts { get; }

    /// <summary>Opens every account and its start positions at the market's current quotes, each with an opening deal.</summary>
    public static SimulatedBroker Open(IReadOnlyList<SimulatedAccountOptions> accounts, SimulatorTradingOptions trading, MarketSimulator market, TimeProvider time)
    {
        var tickets = new TicketSequence();
        var tradingMarket = new SimulatorTradingMarket(market);
        var now = time.GetUtcNow();
        var opened = new List<SimulatedAccount>(accounts.Count);
        for (var i = 0; i < accounts.Count; i++)
        {
            var options = accounts[i];
            var book = new TradingBook(
                new TradingBookOptions(options.Login, options.Currency, options.Balance, options.Leverage, options.Hedging, [.. trading.ClosedSymbols], trading.MaxDealsPerAccount, TrackClosures: true),
                tradingMarket, tickets, time);
            IEnumerable<SimulatedPositionOptions> requests = options.Positions.Count > 0 ? options.Positions : SimulatorDefaults.PositionsFor(i);
            foreach (var request in requests)
            {
                var symbol = market.FindSymbol(request.Symbol)
                    ?? throw new InvalidOperationException($"Simulated position symbol '{request.Symbol}' is not simulated.");
                var result = book.OpenAtMarket(SimulatorSymbols.Describe(symbol, book.Currency, market.Quotes), request.Side, request.Volume);
                if (!result.IsSuccess)
                {
                    throw new InvalidOperationException($"Cannot open the start position {request.Symbol} of {options.Login}: {result.Message}");
                }
            }

            book.DrainChanges();
            var account = new SimulatedAccount(options, book);
            account.Store(account.Valuate().Info, now);
            opened.Add(account);
        }

        return new SimulatedBroker(opened);
    }

    public SimulatedAccount? FindByLogin(string? login) =>
        Accounts.FirstOrDefault(a => string.Equals(a.Login, login?.Trim(), StringComparison.Ordinal));

    public SimulatedAccount? Find(Guid internalAccountId) =>
        Accounts.FirstOrDefault(a => a.InternalAccountId == internalAccountId);

    /// <summary>Headless calls name an account by UUID (preferred) or login; both must agree when both are given.</summary>
    public BridgeOutcome<SimulatedAccount> Resolve(Guid? internalAccountId, string? login)
    {
        if (internalAccountId is null && string.IsNullOrWhiteSpace(login))
        {
            return BridgeOutcomes.Invalid<SimulatedAccount>("internal_account_id or login is required.");
        }

        var account = internalAccountId is { } id ? Find(id) : FindByLogin(login);
        if (account is null)
        {
            return BridgeOutcomes.NotFound<SimulatedAccount>(internalAccountId is { } missing
                ? $"No simulated account has internal_account_id {missing:D}."
                : $"No simulated account has login {login}.");
        }

        return string.IsNullOrWhiteSpace(login) || string.Equals(account.Login, login.Trim(), StringComparison.Ordinal)
            ? BridgeOutcomes.Ok(account)
            : BridgeOutcomes.Invalid<SimulatedAccount>($"internal_account_id {account.InternalAccountId:D} belongs to login {account.Login}, not {login}.");
    }

    /// <summary>The bridge addresses an account by its UUID or its login.</summary>
    public SimulatedAccount? FindByKey(string? key) =>
        Guid.TryParse(key, out var id) ? Find(id) : FindByLogin(key);
}

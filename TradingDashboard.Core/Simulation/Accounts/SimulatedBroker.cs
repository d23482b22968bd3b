using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Simulation.Bridge;
using TradingDashboard.Core.Simulation.Market;

namespace TradingDashboard.Core.Simulation.Accounts;

/// <summary>The simulated broker: its accounts, each with the positions it opened at start.</summary>
internal sealed class SimulatedBroker
{
    private const long FirstPositionTicket = 1_200_000_001;
    private const long FirstDealTicket = 900_000_001;

    private SimulatedBroker(IReadOnlyList<SimulatedAccount> accounts) => Accounts = accounts;

    public IReadOnlyList<SimulatedAccount> Accounts { get; }

    /// <summary>Opens every account and its start positions at the market's current quotes.</summary>
    public static SimulatedBroker Open(IReadOnlyList<SimulatedAccountOptions> accounts, MarketSimulator market, DateTimeOffset now)
    {
        long positionTicket = FirstPositionTicket, dealTicket = FirstDealTicket;
        var opened = new List<SimulatedAccount>(accounts.Count);
        for (var i = 0; i < accounts.Count; i++)
        {
            var options = accounts[i];
            IEnumerable<SimulatedPositionOptions> requests = options.Positions.Count > 0 ? options.Positions : SimulatorDefaults.PositionsFor(i);
            var positions = new List<SimulatedPosition>();
            var deals = new List<BridgeDeal>();
            foreach (var request in requests)
            {
                var symbol = market.FindSymbol(request.Symbol)
                    ?? throw new InvalidOperationException($"Simulated position symbol '{request.Symbol}' is not simulated.");
                var quote = market.Quotes.TryGetQuote(symbol.Name, out var q) ? q : throw new InvalidOperationException($"No quote for {symbol.Name}.");
                var price = request.Side == PositionSide.Buy ? quote.Ask : quote.Bid;
                var position = new SimulatedPosition(positionTicket++, now, request.Side, request.Volume, price, symbol);
                positions.Add(position);
                deals.Add(OpeningDeal(dealTicket++, position));
            }

            var account = new SimulatedAccount(options, positions, deals);
            account.Store(account.Valuate(market.Quotes).Info, now);
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

    // MT5: deal type 0 buy / 1 sell, entry 0 = in, reason 0 = placed from the desktop terminal.
    private static BridgeDeal OpeningDeal(long ticket, SimulatedPosition position) => new(
        ticket, position.Ticket, position.Time.ToUnixTimeSeconds(), position.Time.ToUnixTimeMilliseconds(),
        (int)position.Side, 0, position.Magic, position.Ticket, 0, position.Volume, position.PriceOpen,
        0m, 0m, 0m, 0m, position.Symbol.Name, position.Comment);
}

using TradingDashboard.Core.Events.Payloads;
using TradingDashboard.Core.Simulation.Accounts;
using TradingDashboard.Core.Simulation.Bridge.Trading;

namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>The read side of the simulated MT5 bridge (<c>/api/mt5/...</c>).</summary>
public sealed class SimulatedBridge
{
    private readonly SimulatorRuntime _runtime;
    private readonly TimeProvider _time;

    internal SimulatedBridge(SimulatorRuntime runtime, TimeProvider time)
    {
        _runtime = runtime;
        _time = time;
    }

    public static string Version { get; } =
        "simulator-" + (typeof(SimulatedBridge).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    public BridgeHealthReport GetHealth()
    {
        var now = _time.GetUtcNow();
        var accounts = _runtime.Broker.Accounts;
        var connected = accounts.Count(a => a.TerminalConnected);
        var status = connected == accounts.Count ? "ok" : connected > 0 ? "degraded" : "down";
        var uptime = (long)(now - _runtime.StartedAt).TotalSeconds;
        return new BridgeHealthReport(status, connected > 0, accounts.Count, connected, Math.Max(0, uptime), Version, Simulated: true, now);
    }

    public BridgeAccountsSummary GetAccountsSummary()
    {
        var summaries = _runtime.Broker.Accounts
            .Select(a => (Account: a, Info: Current(a, out var source), Source: source))
            .Select(x => new BridgeAccountSummary(
                x.Account.Login, x.Account.InternalAccountId, x.Account.Name, x.Account.Server,
                x.Info.Balance, x.Info.Equity, x.Account.Currency, x.Account.TerminalConnected, x.Source))
            .ToList();
        return new BridgeAccountsSummary(summaries, summaries.Count, _time.GetUtcNow());
    }

    public BridgeOutcome<BridgeAccountInfo> GetAccountInfo(string login)
    {
        if (_runtime.Broker.FindByKey(login) is not { } account)
        {
            return NotFound<BridgeAccountInfo>(login);
        }

        var live = account.TerminalConnected ? account.Valuate().Info : null;
        var stored = account.Stored;
        return BridgeOutcomes.Ok(new BridgeAccountInfo(
            account.Login, live, stored?.Info, stored?.StoredAt,
            live is null ? DataSources.StoredData : DataSources.LiveData, _time.GetUtcNow()));
    }

    public BridgeOutcome<BridgeAccountBalance> GetAccountBalance(string login)
    {
        if (_runtime.Broker.FindByKey(login) is not { } account)
        {
            return NotFound<BridgeAccountBalance>(login);
        }

        var info = Current(account, out var source);
        return BridgeOutcomes.Ok(new BridgeAccountBalance(
            account.Login, info.Balance, info.Equity, info.Profit, info.Margin, info.MarginFree, info.MarginLevel,
            info.Currency, source, _time.GetUtcNow()));
    }

    /// <summary>Every deal the account's history keeps, oldest first.</summary>
    public BridgeOutcome<BridgeTradeHistory> GetTrades(string login)
    {
        if (_runtime.Broker.FindByKey(login) is not { } account)
        {
            return NotFound<BridgeTradeHistory>(login);
        }

        var deals = account.Book.Deals(DateTimeOffset.MinValue).Select(BridgeRecords.Deal).ToList();
        return BridgeOutcomes.Ok(new BridgeTradeHistory(account.Login, deals, deals.Count, _time.GetUtcNow()));
    }

    /// <summary>Simulator control: a disconnected terminal publishes nothing and serves stored data.</summary>
    public BridgeOutcome<TerminalState> SetTerminalConnected(string login, TerminalStateRequest? request)
    {
        if (request?.Connected is not { } connected)
        {
            return BridgeOutcomes.Invalid<TerminalState>("connected (true or false) is required.");
        }

        if (_runtime.Broker.FindByKey(login) is not { } account)
        {
            return NotFound<TerminalState>(login);
        }

        account.TerminalConnected = connected;
        return BridgeOutcomes.Ok(new TerminalState(account.Login, account.InternalAccountId, connected));
    }

    private static AccountInfoPayload Current(SimulatedAccount account, out string source)
    {
        if (!account.TerminalConnected && account.Stored is { } stored)
        {
            source = DataSources.StoredData;
            return stored.Info;
        }

        source = DataSources.LiveData;
        return account.Valuate().Info;
    }

    private static BridgeOutcome<T> NotFound<T>(string login) where T : class =>
        BridgeOutcomes.NotFound<T>($"No simulated account has login {login}.");
}

namespace TradingDashboard.Core.Simulation;

/// <summary>One simulated broker account (<c>Simulator:Accounts:n</c>).</summary>
public sealed class SimulatedAccountOptions
{
    /// <summary>Broker login; also the <c>source_account_key</c> of its events.</summary>
    public string Login { get; set; } = "";

    /// <summary>The dashboard's account UUID; events route by it when set, by login otherwise.</summary>
    public Guid? InternalAccountId { get; set; }

    public string Name { get; set; } = "Simulated Trader";

    public string Server { get; set; } = "Simulator-Demo";

    public string Company { get; set; } = "Simulated Markets Ltd";

    public string Currency { get; set; } = "USD";

    public decimal Balance { get; set; } = 10_000m;

    public int Leverage { get; set; } = 100;

    /// <summary>True (default): MT5 hedging, one position per order. False: netting, one position per symbol.</summary>
    public bool Hedging { get; set; } = true;

    /// <summary>When false the terminal starts disconnected: no events, and the info API serves stored data.</summary>
    public bool TerminalConnected { get; set; } = true;

    /// <summary>Positions opened at start; one or two default positions when empty.</summary>
    public IList<SimulatedPositionOptions> Positions { get; } = [];
}

namespace TradingDashboard.Core.Simulation.Trading;

/// <summary>One account's trading terms in a <see cref="TradingBook"/>.</summary>
/// <param name="Hedging">True: a position per order (MT5 hedging). False: one position per symbol (netting).</param>
/// <param name="ClosedSymbols">Symbols whose market is closed: every request on them is refused with 10018.</param>
/// <param name="MaxDeals">Deals kept in the history, oldest dropped first.</param>
/// <param name="TrackClosures">Keep fully closed positions for <see cref="TradingBook.DrainChanges"/> (the simulator publishes them).</param>
internal sealed record TradingBookOptions(
    string Login,
    string Currency,
    decimal Balance,
    int Leverage,
    bool Hedging = true,
    IReadOnlyCollection<string>? ClosedSymbols = null,
    int MaxDeals = TradingBookOptions.DefaultMaxDeals,
    bool TrackClosures = false)
{
    public const int DefaultMaxDeals = 10_000;

    /// <summary>Closed positions kept for publishing while nobody drains them (a disconnected terminal).</summary>
    public const int MaxPendingClosures = 10_000;
}

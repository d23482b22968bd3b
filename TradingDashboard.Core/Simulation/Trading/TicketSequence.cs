namespace TradingDashboard.Core.Simulation.Trading;

/// <summary>
/// Server-wide ticket counters, shared by the accounts of one broker. An order's ticket also
/// becomes the ticket of the position it opens, as in MT5.
/// </summary>
internal sealed class TicketSequence(long firstOrder = TicketSequence.FirstOrderTicket, long firstDeal = TicketSequence.FirstDealTicket)
{
    public const long FirstOrderTicket = 1_200_000_001;
    public const long FirstDealTicket = 900_000_001;

    private long _order = firstOrder - 1;
    private long _deal = firstDeal - 1;

    public long NextOrder() => Interlocked.Increment(ref _order);

    public long NextDeal() => Interlocked.Increment(ref _deal);
}

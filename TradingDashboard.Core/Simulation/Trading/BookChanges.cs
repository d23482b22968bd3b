namespace TradingDashboard.Core.Simulation.Trading;

/// <summary>What happened in a <see cref="TradingBook"/> since it was last drained.</summary>
/// <param name="Changed">Positions, orders or the balance changed: publish a fresh snapshot.</param>
/// <param name="Closed">Positions closed in full, oldest first (only when closures are tracked).</param>
internal sealed record BookChanges(bool Changed, IReadOnlyList<ClosedPosition> Closed)
{
    public static BookChanges None { get; } = new(false, []);
}

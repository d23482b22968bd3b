namespace TradingDashboard.Core.Trading;

/// <summary>
/// TP1: when the price reaches <see cref="Price"/>, close <see cref="CloseFraction"/> of the
/// position, then move its stop to the entry price (break-even).
/// </summary>
/// <param name="CloseFraction">Share of the opening volume to close, 0 &lt; f &lt; 1 (rounded down to the volume step).</param>
public sealed record ProfitTarget(decimal Price, decimal CloseFraction);

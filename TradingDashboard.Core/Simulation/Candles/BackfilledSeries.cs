namespace TradingDashboard.Core.Simulation.Candles;

/// <summary>One timeframe of a back-filled history: its closed bars (oldest first) and the bar still forming.</summary>
internal sealed record BackfilledSeries(IReadOnlyList<CandleBar> Closed, CandleBar Forming);

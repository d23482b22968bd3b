using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Simulation;

/// <summary>What the simulator uses when the configuration names no accounts or positions.</summary>
internal static class SimulatorDefaults
{
    private static readonly (string Symbol, PositionSide Side, decimal Volume)[][] PositionSets =
    [
        [("EURUSD", PositionSide.Buy, 0.10m), ("XAUUSD", PositionSide.Sell, 0.05m)],
        [("BTCUSD.a", PositionSide.Buy, 0.05m), ("USDJPY", PositionSide.Sell, 0.20m)],
        [("US500", PositionSide.Buy, 1.0m), ("GBPUSD", PositionSide.Sell, 0.10m)],
        [("ETHUSD", PositionSide.Buy, 0.50m), ("GER40", PositionSide.Sell, 0.50m)],
    ];

    public static IReadOnlyList<SimulatedAccountOptions> Accounts() =>
    [
        new()
        {
            Login = "5001234",
            InternalAccountId = Guid.Parse("7d3c2f9a-1b4e-4c8d-9a6f-2e5b8c1d0a01"),
            Name = "Sim Trader USD",
            Currency = "USD",
            Balance = 10_000m,
            Leverage = 100,
        },
        new()
        {
            Login = "5005678",
            InternalAccountId = Guid.Parse("7d3c2f9a-1b4e-4c8d-9a6f-2e5b8c1d0a02"),
            Name = "Sim Trader EUR",
            Currency = "EUR",
            Balance = 25_000m,
            Leverage = 30,
        },
    ];

    /// <summary>One or two positions per account, varied by its position in the list.</summary>
    public static IReadOnlyList<SimulatedPositionOptions> PositionsFor(int accountIndex) =>
        [.. PositionSets[accountIndex % PositionSets.Length].Select(p => new SimulatedPositionOptions { Symbol = p.Symbol, Side = p.Side, Volume = p.Volume })];
}

using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Simulation;
using TradingDashboard.Core.Simulation.Accounts;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Unit.Simulation.Accounts;

public class SimulatedAccountTests
{
    [Fact]
    public void Valuate_TwoPositions_EquityIsBalancePlusProfitAndMarginLevelIsEquityOverMargin()
    {
        var eurUsd = SimulatorFixtures.Quote("EURUSD", 1.08250m, 1.08262m);
        var xau = SimulatorFixtures.Quote("XAUUSD", 2640.25m, 2640.50m);
        var account = new SimulatedAccount(
            new SimulatedAccountOptions { Login = "7", Balance = 10_000m, Leverage = 100, Currency = "USD" },
            [
                new SimulatedPosition(11, SimulatorFixtures.Start, PositionSide.Buy, 0.10m, 1.08000m, SimulatorFixtures.Symbol("EURUSD")),
                new SimulatedPosition(12, SimulatorFixtures.Start, PositionSide.Sell, 0.05m, 2650.00m, SimulatorFixtures.Symbol("XAUUSD")),
            ],
            []);

        var valuation = account.Valuate(SimulatorFixtures.Board(eurUsd, xau));

        var info = valuation.Info;
        Assert.Equal(25.00m + 47.50m, info.Profit);
        Assert.Equal(10_072.50m, info.Equity);
        Assert.Equal(108.26m + 132.01m, info.Margin);
        Assert.Equal(10_072.50m - 240.27m, info.MarginFree);
        Assert.Equal(Math.Round(10_072.50m / 240.27m * 100m, 2), info.MarginLevel);
        Assert.Equal([25.00m, 47.50m], valuation.Positions.Select(p => p.Profit));
        Assert.Equal([1.08250m, 2640.50m], valuation.Positions.Select(p => p.PriceCurrent));
        Assert.Equal([0, 1], valuation.Positions.Select(p => p.Type));
    }

    [Fact]
    public void Valuate_NoPositions_EquityEqualsBalanceAndMarginLevelZero()
    {
        var account = new SimulatedAccount(new SimulatedAccountOptions { Login = "7", Balance = 500m }, [], []);

        var info = account.Valuate(SimulatorFixtures.Board()).Info;

        Assert.Equal(500m, info.Equity);
        Assert.Equal(0m, info.Margin);
        Assert.Equal(0m, info.MarginLevel);
        Assert.Equal(500m, info.MarginFree);
    }

    [Fact]
    public void Valuate_CarriesAccountIdentityInMt5Fields()
    {
        var options = new SimulatedAccountOptions { Login = "7", Name = "N", Server = "S", Company = "C", Currency = "eur", Leverage = 30 };

        var info = new SimulatedAccount(options, [], []).Valuate(SimulatorFixtures.Board()).Info;

        Assert.Equal(("7", "N", "S", "C", "EUR", 30, true), (info.Login, info.Name, info.Server, info.Company, info.Currency, info.Leverage, info.TradeAllowed));
    }

    [Fact]
    public void AccountKey_WithAndWithoutInternalId_IsUuidElseLogin()
    {
        var id = Guid.NewGuid();

        Assert.Equal(id.ToString("D"), new SimulatedAccount(new SimulatedAccountOptions { Login = "7", InternalAccountId = id }, [], []).AccountKey);
        Assert.Equal("7", new SimulatedAccount(new SimulatedAccountOptions { Login = "7" }, [], []).AccountKey);
    }
}

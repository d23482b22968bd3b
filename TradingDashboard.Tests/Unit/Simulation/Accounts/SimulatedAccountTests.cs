using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Simulation;
using TradingDashboard.Core.Simulation.Accounts;
using TradingDashboard.Core.Simulation.Trading;
using TradingDashboard.Tests.Unit.Simulation.Fakes;
using TradingDashboard.Tests.Unit.Simulation.Trading;

namespace TradingDashboard.Tests.Unit.Simulation.Accounts;

public class SimulatedAccountTests
{
    [Fact]
    public void Valuate_TwoPositions_AccountInfoFromTheBookAndRecordsInMt5Shape()
    {
        var market = new TestMarket().Set("EURUSD", 1.07990m, 1.08000m).Set("XAUUSD", 2650.00m, 2650.25m);
        var account = Account(new SimulatedAccountOptions { Login = "7", Balance = 10_000m, Leverage = 100, Currency = "USD" }, market);
        var buy = account.Book.Fill(market, Books.MarketOrder("EURUSD", PositionSide.Buy, 0.10m, sl: 1.07000m, tp: 1.09000m));
        account.Book.Fill(market, Books.MarketOrder("XAUUSD", PositionSide.Sell, 0.05m));
        market.Set("EURUSD", 1.08250m, 1.08262m).Set("XAUUSD", 2640.25m, 2640.50m);

        var valuation = account.Valuate();

        var info = valuation.Info;
        Assert.Equal((72.50m, 10_072.50m, 240.27m, 10_072.50m - 240.27m), (info.Profit, info.Equity, info.Margin, info.MarginFree));
        Assert.Equal(Math.Round(10_072.50m / 240.27m * 100m, 2), info.MarginLevel);
        Assert.Equal([25.00m, 47.50m], valuation.Positions.Select(p => p.Profit));
        Assert.Equal([0, 1], valuation.Positions.Select(p => p.Type));
        var record = valuation.Positions[0];
        Assert.Equal((buy.PositionTicket!.Value, buy.PositionTicket.Value, 1.07000m, 1.09000m, Books.Tag), (record.Ticket, record.Identifier, record.Sl, record.Tp, record.Comment));
        Assert.Equal((0m, 0m), (valuation.Positions[1].Sl, valuation.Positions[1].Tp));
        Assert.Equal(SimulatorFixtures.Start.ToUnixTimeSeconds(), record.Time);
    }

    [Fact]
    public void Valuate_NoPositions_EquityEqualsBalanceAndMarginLevelZero()
    {
        var info = Account(new SimulatedAccountOptions { Login = "7", Balance = 500m }, new TestMarket()).Valuate().Info;

        Assert.Equal((500m, 500m, 0m, 0m, 500m), (info.Balance, info.Equity, info.Margin, info.MarginLevel, info.MarginFree));
    }

    [Fact]
    public void Valuate_CarriesAccountIdentityInMt5Fields()
    {
        var options = new SimulatedAccountOptions { Login = "7", Name = "N", Server = "S", Company = "C", Currency = "eur", Leverage = 30 };

        var info = Account(options, new TestMarket()).Valuate().Info;

        Assert.Equal(("7", "N", "S", "C", "EUR", 30, true), (info.Login, info.Name, info.Server, info.Company, info.Currency, info.Leverage, info.TradeAllowed));
    }

    [Fact]
    public void Valuate_TerminalDisconnected_TradeNotAllowed()
    {
        var account = Account(new SimulatedAccountOptions { Login = "7" }, new TestMarket());

        account.TerminalConnected = false;

        Assert.False(account.Valuate().Info.TradeAllowed);
    }

    [Fact]
    public void AccountKey_WithAndWithoutInternalId_IsUuidElseLogin()
    {
        var id = Guid.NewGuid();

        Assert.Equal(id.ToString("D"), Account(new SimulatedAccountOptions { Login = "7", InternalAccountId = id }, new TestMarket()).AccountKey);
        Assert.Equal("7", Account(new SimulatedAccountOptions { Login = "7" }, new TestMarket()).AccountKey);
    }

    private static SimulatedAccount Account(SimulatedAccountOptions options, TestMarket market) => new(
        options,
        new TradingBook(
            new TradingBookOptions(options.Login, options.Currency, options.Balance, options.Leverage, options.Hedging),
            market, new TicketSequence(), new ManualTimeProvider(SimulatorFixtures.Start)));
}

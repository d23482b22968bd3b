using TradingDashboard.Core.Simulation;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Unit.Simulation;

public class SimulatorOptionsValidatorTests
{
    private readonly SimulatorOptionsValidator _validator = new();

    [Fact]
    public void Validate_FixtureOptions_Succeeds()
    {
        Assert.True(_validator.Validate(null, SimulatorFixtures.Options()).Succeeded);
    }

    [Fact]
    public void Validate_NoAccounts_SucceedsWithDefaults()
    {
        Assert.True(_validator.Validate(null, new SimulatorOptions()).Succeeded);
    }

    [Theory]
    [InlineData("Login", "12a4")]
    [InlineData("Currency", "CHF")]
    [InlineData("Leverage", "0")]
    [InlineData("Balance", "-1")]
    [InlineData("Name", "")]
    public void Validate_BadAccountField_FailsNamingIt(string field, string value)
    {
        var options = SimulatorFixtures.Options();
        var account = options.Accounts[0];
        switch (field)
        {
            case "Login": account.Login = value; break;
            case "Currency": account.Currency = value; break;
            case "Leverage": account.Leverage = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case "Balance": account.Balance = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            default: account.Name = value; break;
        }

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Simulator:Accounts:0", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateLogins_Fails()
    {
        var options = SimulatorFixtures.Options();
        options.Accounts[1].Login = options.Accounts[0].Login;

        Assert.Contains("unique", _validator.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PositionOnUnknownSymbol_Fails()
    {
        var options = SimulatorFixtures.Options();
        options.Accounts[0].Positions[0].Symbol = "NOPE";

        Assert.Contains("'NOPE'", _validator.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReplayFileMissingAndNoSymbol_FailsForBoth()
    {
        var options = SimulatorFixtures.Options();
        options.Replay.Path = "/nonexistent/quotes.csv";

        var result = _validator.Validate(null, options);

        Assert.Equal(2, result.Failures!.Count());
    }

    [Fact]
    public void Validate_Disabled_SkipsChecks()
    {
        var options = SimulatorFixtures.Options();
        options.Enabled = false;
        options.Accounts[0].Login = "not-a-login";

        Assert.True(_validator.Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(-1, 10_000, "EURUSD", "Simulator:Trading:FillDelayMs")]
    [InlineData(10_001, 10_000, "EURUSD", "Simulator:Trading:FillDelayMs")]
    [InlineData(50, 99, "EURUSD", "Simulator:Trading:MaxDealsPerAccount")]
    [InlineData(50, 10_000, "DOGEJPY", "Simulator:Trading:ClosedSymbols")]
    public void Validate_BadTradingOption_FailsNamingIt(int fillDelayMs, int maxDeals, string closedSymbol, string expected)
    {
        var options = SimulatorFixtures.Options();
        options.Trading.FillDelayMs = fillDelayMs;
        options.Trading.MaxDealsPerAccount = maxDeals;
        options.Trading.ClosedSymbols.Add(closedSymbol);

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ClosedSymbolInAnotherCasing_Succeeds()
    {
        var options = SimulatorFixtures.Options();
        options.Trading.ClosedSymbols.Add("btcusd.A");

        Assert.True(_validator.Validate(null, options).Succeeded);
    }
}

using TradingDashboard.Core.Accounts.Administration;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Tests.Unit.Accounts;

public sealed class ConnectionComparisonTests
{
    [Fact]
    public void Compare_SameValuesDifferentCaseAndPadding_NoMismatch()
    {
        var account = Account(server: "MetaQuotes-Demo", broker: "MetaQuotes Ltd.");

        Assert.Empty(ConnectionComparison.Compare(account, "5012", " metaquotes-demo ", "usd", "METAQUOTES LTD."));
    }

    [Fact]
    public void Compare_RegistryWithoutServerOrBroker_OnlyLoginAndCurrencyCompared()
    {
        var mismatches = ConnectionComparison.Compare(Account(server: null, broker: null), "5013", "Anything", "EUR", "Anyone");

        Assert.Equal([new ConnectionMismatch("login", "5012", "5013"), new ConnectionMismatch("currency", "USD", "EUR")], mismatches);
    }

    [Fact]
    public void Compare_CompanyDiffersFromBroker_BrokerMismatch()
    {
        var mismatches = ConnectionComparison.Compare(Account(server: null, broker: "FTMO"), "5012", null, "USD", "MetaQuotes Ltd.");

        Assert.Equal([new ConnectionMismatch("broker", "FTMO", "MetaQuotes Ltd.")], mismatches);
    }

    private static Account Account(string? server, string? broker) =>
        new() { DisplayName = "x", BrokerLogin = "5012", Currency = "USD", Server = server, Broker = broker };
}

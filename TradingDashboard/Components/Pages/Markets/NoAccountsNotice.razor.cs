namespace TradingDashboard.Components.Pages.Markets;

/// <summary>Shown instead of the market watch while no account is registered: what to configure.</summary>
public sealed partial class NoAccountsNotice
{
    private const string Example = """
        "Accounts": {
          "Seed": [
            {
              "Id": "3f1c2a6e-8d4b-4c1e-9a57-0b6d2e7f4a10",
              "DisplayName": "MT5 Demo",
              "Platform": "MT5",
              "BrokerLogin": "5012345678",
              "Server": "MetaQuotes-Demo",
              "Currency": "USD"
            }
          ]
        }
        """;
}

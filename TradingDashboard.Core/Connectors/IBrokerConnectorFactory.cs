using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Connectors;

/// <summary>
/// Chooses the connector for an account: paper trading when the account is listed in
/// <see cref="ConnectorOptions.PaperAccounts"/>, else by platform (MT5 → the bridge).
/// A platform without a connector throws <see cref="Resilience.BrokerException"/> (State).
/// </summary>
public interface IBrokerConnectorFactory
{
    IBrokerConnector Create(Account account);
}

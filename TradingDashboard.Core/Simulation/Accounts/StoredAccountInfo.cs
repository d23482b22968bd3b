using TradingDashboard.Core.Events.Payloads;

namespace TradingDashboard.Core.Simulation.Accounts;

/// <summary>The last account info the bridge stored, served while the terminal is disconnected.</summary>
internal sealed record StoredAccountInfo(AccountInfoPayload Info, DateTimeOffset StoredAt);

using TradingDashboard.Core.Events.Payloads;

namespace TradingDashboard.Core.Simulation.Accounts;

/// <summary>An account's <c>account_info</c> and <c>positions_get</c> at current prices.</summary>
internal sealed record AccountValuation(AccountInfoPayload Info, IReadOnlyList<PositionRecord> Positions);

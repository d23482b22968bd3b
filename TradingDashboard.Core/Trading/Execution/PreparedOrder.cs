using System.Diagnostics.CodeAnalysis;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Trading.Execution;

/// <summary>A validated, risk-checked order ready to record and send, or the refusal that stops it first.</summary>
internal sealed record PreparedOrder(TradeOrder? Order, Func<IBrokerConnector, CancellationToken, Task<BrokerTradeResult>>? Send, OrderOutcome? Refusal)
{
    [MemberNotNullWhen(false, nameof(Order), nameof(Send))]
    [MemberNotNullWhen(true, nameof(Refusal))]
    public bool IsRefused => Refusal is not null;

    public static PreparedOrder Ready(TradeOrder order, Func<IBrokerConnector, CancellationToken, Task<BrokerTradeResult>> send) => new(order, send, null);

    public static PreparedOrder Refuse(string message, IReadOnlyDictionary<string, string>? fieldErrors = null) =>
        new(null, null, OrderOutcome.Refuse(message, fieldErrors));
}

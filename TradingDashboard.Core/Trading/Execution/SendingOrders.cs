using System.Collections.Concurrent;

namespace TradingDashboard.Core.Trading.Execution;

/// <summary>
/// Orders of this process between being recorded and being settled, so reconciliation leaves
/// them to their send; and the TP1 of open orders until their trade exists (the order row has no
/// column for it, so a restart while an order is Unknown loses the target, never the order).
/// </summary>
internal sealed class SendingOrders
{
    private readonly ConcurrentDictionary<Guid, byte> _sending = new();
    private readonly ConcurrentDictionary<Guid, ProfitTarget> _targets = new();

    public void Begin(Guid orderId, ProfitTarget? target)
    {
        _sending[orderId] = 0;
        if (target is not null)
        {
            _targets[orderId] = target;
        }
    }

    public void End(Guid orderId) => _sending.TryRemove(orderId, out _);

    public bool IsSending(Guid orderId) => _sending.ContainsKey(orderId);

    public ProfitTarget? TargetOf(Guid orderId) => _targets.GetValueOrDefault(orderId);

    /// <summary>The order reached a final state: its target is on its trade, or no longer needed.</summary>
    public void Forget(Guid orderId) => _targets.TryRemove(orderId, out _);
}

using System.Threading.Channels;

namespace TradingDashboard.Core.Trading.Reconciliation;

/// <summary>Accounts with an order that just became Unknown, for one prompt reconciliation attempt each.</summary>
internal sealed class ReconcileQueue
{
    private readonly Channel<ReconcileRequest> _requests = Channel.CreateUnbounded<ReconcileRequest>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<ReconcileRequest> Reader => _requests.Reader;

    public void Request(Guid accountId, DateTimeOffset dueAt) => _requests.Writer.TryWrite(new ReconcileRequest(accountId, dueAt));
}

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>
/// One ticket's idempotency key and its in-flight flag. Blazor can run a click handler again
/// before the disabled button reaches the browser, so only the first <see cref="TryBegin"/>
/// wins until <see cref="End"/>; and every submit of one intent carries the same
/// <see cref="Key"/>, so even a send that slipped past would be answered as a duplicate.
/// </summary>
public sealed class TicketSendGuard
{
    private int _sending;

    public string Key { get; private set; } = NewKey();

    public bool IsSending => Volatile.Read(ref _sending) == 1;

    /// <summary>A key in the UI's own namespace, distinct from bot keys (<c>{live_run}:{bar_time}:{n}</c>).</summary>
    public static string NewKey() => $"ui:{Guid.NewGuid():N}";

    /// <summary>True for exactly one caller until <see cref="End"/>.</summary>
    public bool TryBegin() => Interlocked.CompareExchange(ref _sending, 1, 0) == 0;

    /// <param name="renewKey">
    /// True once the intent is final at the broker (filled, placed, rejected, proved not executed):
    /// the next order is a new intent. False while it may still be executing (unknown, a fault),
    /// so a retry is recognised as the same intent and never sent twice.
    /// </param>
    public void End(bool renewKey)
    {
        if (renewKey)
        {
            Key = NewKey();
        }

        Volatile.Write(ref _sending, 0);
    }

    /// <summary>Starts a new intent; ignored while a send is in flight, whose key must stay.</summary>
    public void Renew()
    {
        if (!IsSending)
        {
            Key = NewKey();
        }
    }
}

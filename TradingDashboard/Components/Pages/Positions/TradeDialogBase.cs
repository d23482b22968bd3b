using Microsoft.AspNetCore.Components;
using Radzen;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Components.Pages.Positions;

/// <summary>
/// A dialog that sends one trade intent. The idempotency key is made once per dialog, so pressing
/// its button again (after a refusal, a fault, or a double click) can never send a second order.
/// It stays open on a refusal (showing field errors) and closes with the outcome otherwise.
/// </summary>
public abstract class TradeDialogBase : ComponentBase, IDisposable
{
    /// <summary>The dialog shows the position's live price and P/L: it re-renders this often while open.</summary>
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(500);

    private readonly CancellationTokenSource _closed = new();
    private readonly Dictionary<string, string> _fieldErrors = new(StringComparer.Ordinal);

    /// <summary>The signed-in trader.</summary>
    [Parameter, EditorRequired]
    public AccessUser User { get; set; } = default!;

    /// <summary>The internal account acted on.</summary>
    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    /// <summary>This dialog's idempotency key (or close-all key prefix).</summary>
    protected string Key { get; } = TradeKeys.New();

    protected bool Busy { get; private set; }

    /// <summary>Why the last submit did not go through (refusal, access, fault).</summary>
    protected string? Error { get; private set; }

    protected IReadOnlyDictionary<string, string> FieldErrors => _fieldErrors;

    /// <summary>
    /// The error under the buttons: none when the refusal is entirely about fields the dialog shows
    /// its errors under (the service's message only repeats them then).
    /// </summary>
    protected string? GeneralError =>
        _fieldErrors.Count > 0 && _fieldErrors.Keys.All(FieldsShown.Contains) ? null : Error;

    /// <summary>Intent properties whose errors the dialog shows under their own field.</summary>
    protected virtual IReadOnlyCollection<string> FieldsShown => [];

    [Inject]
    protected ITradingService Trading { get; set; } = default!;

    [Inject]
    protected DialogService Dialogs { get; set; } = default!;

    [Inject]
    private ILogger<TradeDialogBase> Logger { get; set; } = default!;

    protected TradeLineage Lineage => TradeLineage.ManualBy(User.UserId, Key);

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    public void Dispose()
    {
        // Cancelled, never disposed: the refresh loop may still be reading the token.
        _closed.Cancel();
        GC.SuppressFinalize(this);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _ = RefreshAsync(_closed.Token);
        }
    }

    protected string? FieldError(string field) => _fieldErrors.GetValueOrDefault(field);

    protected void SetFieldError(string field, string message) => _fieldErrors[field] = message;

    protected void ClearErrors()
    {
        _fieldErrors.Clear();
        Error = null;
    }

    protected void Cancel()
    {
        if (!Busy)
        {
            Dialogs.Close(null);
        }
    }

    /// <summary>Sends through <paramref name="send"/> unless a send is in flight; closes with what it returns unless refused.</summary>
    /// <param name="action">For the log, e.g. "Close".</param>
    protected async Task SubmitAsync<TResult>(string action, Func<Task<TResult>> send, Func<TResult, OrderOutcome?> refusal)
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(refusal);
        if (Busy)
        {
            return;
        }

        Busy = true;
        Error = null;
        _fieldErrors.Clear();
        try
        {
            var result = await send();
            if (refusal(result) is { } refused)
            {
                Error = refused.Message;
                foreach (var (field, message) in refused.FieldErrors)
                {
                    _fieldErrors[field] = message;
                }

                return;
            }

            Dialogs.Close(result);
        }
        catch (AccessDeniedException ex)
        {
            Error = ex.Message;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            PositionsLog.ActionFault(Logger, ex, action, AccountId, Key);
            Error = "Something went wrong and the result is not known. Check the positions; submitting again is safe, it can never send a second order.";
        }
        finally
        {
            Busy = false;
        }
    }

    private async Task RefreshAsync(CancellationToken token)
    {
        using var timer = new PeriodicTimer(RefreshInterval, Time);
        try
        {
            while (await timer.WaitForNextTickAsync(token))
            {
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            // The dialog closed.
        }
    }

    /// <summary>A refused single outcome keeps the dialog open.</summary>
    protected static OrderOutcome? Refused(OrderOutcome outcome) =>
        outcome is { Status: OrderStatus.Refused } ? outcome : null;
}

using Microsoft.AspNetCore.Components;
using Radzen;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts.Administration;
using TradingDashboard.Core.Accounts.Credentials;

namespace TradingDashboard.Components.Pages.Admin.Accounts;

/// <summary>
/// One write-only secret of an account: whether it is set and by whom, an input to store or
/// replace it, and Clear. The stored value is never read back; what was typed is dropped from
/// this component as soon as it is handed to the service.
/// </summary>
public sealed partial class CredentialField : IDisposable
{
    private readonly CancellationTokenSource _closing = new();
    private string _secret = string.Empty;
    private string? _error;
    private bool _busy;

    [Inject]
    private IAccountAdministration Administration { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [Inject]
    private ILogger<CredentialField> Logger { get; set; } = default!;

    [Parameter, EditorRequired]
    public AccessUser Admin { get; set; } = default!;

    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    [Parameter, EditorRequired]
    public CredentialKind Kind { get; set; }

    /// <summary>When it was last stored, or <see langword="null"/> when none is.</summary>
    [Parameter]
    public CredentialStatus? Status { get; set; }

    /// <summary>Raised with the account after a save or clear.</summary>
    [Parameter]
    public EventCallback<AccountDetails> Changed { get; set; }

    public void Dispose()
    {
        _secret = string.Empty;
        _closing.Cancel();
        _closing.Dispose();
    }

    private async Task SaveAsync()
    {
        var secret = _secret;
        _secret = string.Empty;
        if (string.IsNullOrWhiteSpace(secret))
        {
            _error = $"Enter the {CredentialKinds.Label(Kind).ToLowerInvariant()} first.";
            return;
        }

        _error = null;
        await RunAsync("account.credential_set", () => Administration.SetCredentialAsync(Admin, AccountId, Kind, secret, _closing.Token), "stored");
    }

    private async Task ClearAsync()
    {
        var label = CredentialKinds.Label(Kind).ToLowerInvariant();
        var confirmed = await Dialogs.Confirm(
            $"Remove the stored {label}? The connector cannot sign in to this account until a new one is saved.",
            $"Clear {label}",
            new ConfirmOptions { OkButtonText = "Clear", CancelButtonText = "Cancel" });
        if (confirmed == true)
        {
            _secret = string.Empty;
            await RunAsync("account.credential_cleared", () => Administration.ClearCredentialAsync(Admin, AccountId, Kind, _closing.Token), "cleared");
        }
    }

    private async Task RunAsync(string operation, Func<Task<AccountChangeResult>> change, string done)
    {
        _busy = true;
        try
        {
            var result = await change();
            if (result.Succeeded)
            {
                Notifications.Notify(NotificationSeverity.Success, $"{CredentialKinds.Label(Kind)} {done}", "The value is encrypted at rest and is never shown again.");
                await Changed.InvokeAsync(result.Account);
            }
            else
            {
                _error = string.Join(" ", result.Errors.Values);
                Notifications.Notify(NotificationSeverity.Error, $"{CredentialKinds.Label(Kind)} not changed", _error);
            }
        }
        catch (AccessDeniedException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AdminLog.ChangeFailed(Logger, ex, operation, AccountId.ToString("D"));
            _error = "Nothing was changed; try again in a moment.";
            Notifications.Notify(NotificationSeverity.Error, $"{CredentialKinds.Label(Kind)} not changed", _error);
        }
        finally
        {
            _busy = false;
        }
    }
}

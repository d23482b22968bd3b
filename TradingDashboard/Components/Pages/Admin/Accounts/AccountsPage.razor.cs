using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using TradingDashboard.Components.Shared;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts.Administration;

namespace TradingDashboard.Components.Pages.Admin.Accounts;

/// <summary>Admin → Accounts: every registered account with its mapping, status, users and credentials.</summary>
public sealed partial class AccountsPage : IDisposable
{
    private readonly CancellationTokenSource _closing = new();
    private AccessUser? _admin;
    private List<AccountRow>? _rows;
    private string? _filter;
    private string? _error;
    private bool _busy;

    [Inject]
    private IAccountAdministration Administration { get; set; } = default!;

    [Inject]
    private IUserDirectory UserDirectory { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [Inject]
    private ILogger<AccountsPage> Logger { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private IEnumerable<AccountRow> FilteredRows => (_rows ?? []).Where(row => row.Matches(_filter));

    public void Dispose()
    {
        _closing.Cancel();
        _closing.Dispose();
    }

    protected override async Task OnInitializedAsync()
    {
        _admin = await SignedInUser.ResolveAsync(AuthenticationState);
        await LoadAsync();
    }

    private static void OnRowRender(RowRenderEventArgs<AccountRow> args)
    {
        if (args.Data is not { } row)
        {
            return;
        }

        args.Attributes.Add("data-account-id", row.Id.ToString("D"));
        if (!row.IsActive)
        {
            args.Attributes.Add("class", "row-inactive");
        }
    }

    private async Task LoadAsync()
    {
        if (_admin is null)
        {
            _error = "Sign in as an administrator to manage accounts.";
            return;
        }

        try
        {
            var accounts = await Administration.ListAsync(_admin, _closing.Token);
            var users = (await UserDirectory.ListAsync(_admin, _closing.Token)).ToDictionary(u => u.UserId, StringComparer.Ordinal);
            _rows = [.. accounts.Select(a => new AccountRow(a, users)).OrderBy(r => r.DisplayName, StringComparer.OrdinalIgnoreCase)];
            _error = null;
        }
        catch (AccessDeniedException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AdminLog.LoadFailed(Logger, ex, "accounts");
            _error = "The accounts could not be loaded. Try again in a moment.";
        }
    }

    private async Task DeactivateAsync(AccountRow row)
    {
        var confirmed = await Dialogs.Confirm(
            $"Deactivate {row.DisplayName} ({row.Platform} {row.BrokerLogin})? Nobody can view or trade it until it is activated again, and open pages stop showing it at once.",
            "Deactivate account",
            new ConfirmOptions { OkButtonText = "Deactivate", CancelButtonText = "Cancel" });
        if (confirmed == true)
        {
            await SetActiveAsync(row, active: false);
        }
    }

    private Task ActivateAsync(AccountRow row) => SetActiveAsync(row, active: true);

    private async Task SetActiveAsync(AccountRow row, bool active)
    {
        _busy = true;
        try
        {
            var result = await Administration.SetActiveAsync(_admin!, row.Id, active, _closing.Token);
            if (result.Succeeded)
            {
                Notifications.Notify(NotificationSeverity.Success, active ? "Account activated" : "Account deactivated", row.DisplayName);
            }
            else
            {
                Notifications.Notify(NotificationSeverity.Error, "Not changed", string.Join(" ", result.Errors.Values));
            }
        }
        catch (AccessDeniedException ex)
        {
            Notifications.Notify(NotificationSeverity.Error, "Not allowed", ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AdminLog.ChangeFailed(Logger, ex, "account.set_active", row.Id.ToString("D"));
            Notifications.Notify(NotificationSeverity.Error, "Not changed", "The change could not be saved. Try again in a moment.");
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync();
    }
}

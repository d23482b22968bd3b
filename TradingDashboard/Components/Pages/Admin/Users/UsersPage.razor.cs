using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using TradingDashboard.Components.Shared;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts.Administration;
using TradingDashboard.Security.Users;

namespace TradingDashboard.Components.Pages.Admin.Users;

/// <summary>
/// Admin → Users: create users, change roles, lock, reset passwords, delete. The service refuses
/// what would lock the admins out (an admin locking, deleting or demoting themselves or the last
/// admin); its message is shown as is.
/// </summary>
public sealed partial class UsersPage : IDisposable
{
    private readonly CancellationTokenSource _closing = new();
    private AccessUser? _admin;
    private List<UserRow>? _rows;
    private string? _filter;
    private string? _error;
    private string? _actionError;
    private bool _busy;

    [Inject]
    private IUserAdministration UserAdministration { get; set; } = default!;

    [Inject]
    private IAccountAdministration AccountAdministration { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [Inject]
    private ILogger<UsersPage> Logger { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private IEnumerable<UserRow> FilteredRows => (_rows ?? []).Where(row => row.Matches(_filter));

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

    private static void OnRowRender(RowRenderEventArgs<UserRow> args)
    {
        if (args.Data is { } row)
        {
            args.Attributes.Add("data-user", row.UserName);
        }
    }

    private async Task LoadAsync()
    {
        if (_admin is null)
        {
            _error = "Sign in as an administrator to manage users.";
            return;
        }

        try
        {
            var users = await UserAdministration.ListAsync(_admin, _closing.Token);
            var accounts = await AccountAdministration.ListAsync(_admin, _closing.Token);
            _rows = [.. users
                .OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase)
                .Select(u => new UserRow(
                    u,
                    [.. accounts.Where(a => a.AssignedUserIds.Contains(u.UserId)).Select(a => a.Account.DisplayName).Order(StringComparer.OrdinalIgnoreCase)],
                    u.UserId == _admin.UserId))];
            _error = null;
        }
        catch (AccessDeniedException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AdminLog.LoadFailed(Logger, ex, "users");
            _error = "The users could not be loaded. Try again in a moment.";
        }
    }

    private async Task CreateAsync()
    {
        var created = await Dialogs.OpenAsync<NewUserDialog>(
            "New user",
            new Dictionary<string, object?> { [nameof(NewUserDialog.Admin)] = _admin },
            new DialogOptions { Width = "32rem", CloseDialogOnEsc = true });
        if (created is UserSummary user)
        {
            Notifications.Notify(NotificationSeverity.Success, "User created", $"{user.UserName} must change the temporary password at first sign-in.");
            await LoadAsync();
        }
    }

    private async Task ChangeRoleAsync(UserRow row)
    {
        var role = row.IsAdmin ? Roles.Trader : Roles.Admin;
        var message = row.IsAdmin
            ? $"Make {row.UserName} a trader? They keep only the accounts assigned to them and lose the admin screens."
            : $"Make {row.UserName} an admin? Admins see every account and manage accounts and users.";
        if (await ConfirmAsync(message, "Change role", "Change role"))
        {
            await ChangeAsync(row, "user.role", $"{row.UserName} is now {(role == Roles.Admin ? "an admin" : "a trader")}", () => UserAdministration.SetRoleAsync(_admin!, row.UserId, role, _closing.Token));
        }
    }

    private async Task ToggleLockAsync(UserRow row)
    {
        if (row.IsLockedOut)
        {
            await ChangeAsync(row, "user.unlock", $"{row.UserName} can sign in again", () => UserAdministration.SetLockedAsync(_admin!, row.UserId, false, _closing.Token));
        }
        else if (await ConfirmAsync($"Lock {row.UserName} out? They cannot sign in, and open sessions end shortly.", "Lock user", "Lock"))
        {
            await ChangeAsync(row, "user.lock", $"{row.UserName} is locked out", () => UserAdministration.SetLockedAsync(_admin!, row.UserId, true, _closing.Token));
        }
    }

    private async Task ResetPasswordAsync(UserRow row)
    {
        var reset = await Dialogs.OpenAsync<ResetPasswordDialog>(
            $"Reset password of {row.UserName}",
            new Dictionary<string, object?> { [nameof(ResetPasswordDialog.Admin)] = _admin, [nameof(ResetPasswordDialog.User)] = row.User },
            new DialogOptions { Width = "30rem", CloseDialogOnEsc = true });
        if (reset is true)
        {
            Notifications.Notify(NotificationSeverity.Success, "Password reset", $"{row.UserName} must change it at next sign-in.");
            await LoadAsync();
        }
    }

    private async Task DeleteAsync(UserRow row)
    {
        if (await ConfirmAsync($"Delete {row.UserName}? Their account assignments are removed too. This cannot be undone.", "Delete user", "Delete"))
        {
            await ChangeAsync(row, "user.delete", $"{row.UserName} was deleted", () => UserAdministration.DeleteAsync(_admin!, row.UserId, _closing.Token));
        }
    }

    private async Task<bool> ConfirmAsync(string message, string title, string ok) =>
        await Dialogs.Confirm(message, title, new ConfirmOptions { OkButtonText = ok, CancelButtonText = "Cancel" }) == true;

    private async Task ChangeAsync(UserRow row, string operation, string done, Func<Task<UserChangeResult>> change)
    {
        _busy = true;
        _actionError = null;
        try
        {
            var result = await change();
            if (result.Succeeded)
            {
                Notifications.Notify(NotificationSeverity.Success, "Saved", done);
            }
            else
            {
                Refused(string.Join(" ", result.Errors.Values));
            }
        }
        catch (AccessDeniedException ex)
        {
            Refused(ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AdminLog.ChangeFailed(Logger, ex, operation, row.UserId);
            Refused("The change could not be saved. Try again in a moment.");
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync();
    }

    // Shown twice: a toast for the moment, and a line above the grid that stays until the next action.
    private void Refused(string message)
    {
        _actionError = message;
        Notifications.Notify(NotificationSeverity.Error, "Not changed", message);
    }
}

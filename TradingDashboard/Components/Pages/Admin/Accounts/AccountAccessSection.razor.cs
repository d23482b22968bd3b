using Microsoft.AspNetCore.Components;
using Radzen;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts.Administration;

namespace TradingDashboard.Components.Pages.Admin.Accounts;

/// <summary>Who may see and trade an account: a checkbox per trader, saved as one assignment set.</summary>
public sealed partial class AccountAccessSection : IDisposable
{
    private readonly CancellationTokenSource _closing = new();
    private HashSet<string> _selected = new(StringComparer.Ordinal);
    private HashSet<string> _saved = new(StringComparer.Ordinal);
    private Guid? _shownAccount;
    private bool _saving;

    [Inject]
    private IAccountAdministration Administration { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [Inject]
    private ILogger<AccountAccessSection> Logger { get; set; } = default!;

    /// <summary>The signed-in admin, for the service's access check and audit.</summary>
    [Parameter, EditorRequired]
    public AccessUser Admin { get; set; } = default!;

    [Parameter, EditorRequired]
    public AccountDetails Details { get; set; } = default!;

    /// <summary>Every user, admins included (shown as seeing all accounts).</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<UserSummary> Users { get; set; } = [];

    /// <summary>Raised with the account as saved.</summary>
    [Parameter]
    public EventCallback<AccountDetails> Changed { get; set; }

    private int AssignedCount => Users.Count(u => !u.IsAdmin && _saved.Contains(u.UserId));

    private bool IsDirty => !_selected.SetEquals(_saved);

    public void Dispose()
    {
        _closing.Cancel();
        _closing.Dispose();
    }

    protected override void OnParametersSet()
    {
        var saved = Details.AssignedUserIds.ToHashSet(StringComparer.Ordinal);
        // Keep the admin's unsaved ticks across re-renders of the page; reset on a new account or a save.
        if (_shownAccount != Details.Account.Id || !IsDirty)
        {
            _selected = new HashSet<string>(saved, StringComparer.Ordinal);
        }

        _saved = saved;
        _shownAccount = Details.Account.Id;
    }

    private void Toggle(string userId, bool assigned)
    {
        if (assigned)
        {
            _selected.Add(userId);
        }
        else
        {
            _selected.Remove(userId);
        }
    }

    private void ToggleByName(UserSummary user)
    {
        if (!user.IsAdmin)
        {
            Toggle(user.UserId, !_selected.Contains(user.UserId));
        }
    }

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            var result = await Administration.SetAssignmentsAsync(Admin, Details.Account.Id, [.. _selected], _closing.Token);
            if (result.Succeeded)
            {
                _saved = result.Account!.AssignedUserIds.ToHashSet(StringComparer.Ordinal);
                _selected = new HashSet<string>(_saved, StringComparer.Ordinal);
                Notifications.Notify(NotificationSeverity.Success, "Access saved", $"{AssignedCount} trader(s) may see {Details.Account.DisplayName}.");
                await Changed.InvokeAsync(result.Account);
            }
            else
            {
                Notifications.Notify(NotificationSeverity.Error, "Access not saved", string.Join(" ", result.Errors.Values));
            }
        }
        catch (AccessDeniedException ex)
        {
            Notifications.Notify(NotificationSeverity.Error, "Not allowed", ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AdminLog.ChangeFailed(Logger, ex, "account.assignments", Details.Account.Id.ToString("D"));
            Notifications.Notify(NotificationSeverity.Error, "Access not saved", "Nothing was changed; try again in a moment.");
        }
        finally
        {
            _saving = false;
        }
    }
}

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using Radzen.Blazor;
using TradingDashboard.Components.Shared;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts.Administration;
using TradingDashboard.Core.Audit;

namespace TradingDashboard.Components.Pages.Admin.Audit;

/// <summary>Admin → Audit log: the whole trail, newest first, paged on the server, filtered by action and subject.</summary>
public sealed partial class AuditLogPage : IDisposable
{
    private static readonly IReadOnlyList<Choice<string>> ActionFilters =
    [
        new("account.", "Accounts: every change"),
        new("account.created", "Accounts: created"),
        new("account.updated", "Accounts: edited"),
        new("account.access", "Accounts: access granted or revoked"),
        new("account.credential", "Accounts: credentials set or cleared"),
        new("account.activated", "Accounts: activated"),
        new("account.deactivated", "Accounts: deactivated"),
        new("account.connection_tested", "Accounts: connection tested"),
        new("user.", "Users: every change"),
        new("user.created", "Users: created"),
        new("user.role_changed", "Users: role changed"),
        new("user.locked", "Users: locked"),
        new("user.unlocked", "Users: unlocked"),
        new("user.password_reset", "Users: password reset"),
        new("user.deleted", "Users: deleted"),
    ];

    private readonly CancellationTokenSource _closing = new();
    private RadzenDataGrid<AuditRecord>? _grid;
    // Null until the first load: the grid only asks LoadData for data it does not have.
    private IReadOnlyList<AuditRecord>? _items;
    private IReadOnlyList<Choice<string>> _subjects = [];
    private AccessUser? _admin;
    private string? _actionPrefix;
    private string? _subjectId;
    private string? _error;
    private int _total;
    private bool _loading;

    [Inject]
    private IAuditLog Audit { get; set; } = default!;

    [Inject]
    private IAccountAdministration Accounts { get; set; } = default!;

    [Inject]
    private IUserDirectory UserDirectory { get; set; } = default!;

    [Inject]
    private ILogger<AuditLogPage> Logger { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>Pre-selects a subject, e.g. from an account's history panel.</summary>
    [SupplyParameterFromQuery(Name = "subject")]
    public string? SubjectQuery { get; set; }

    public void Dispose()
    {
        _closing.Cancel();
        _closing.Dispose();
    }

    protected override async Task OnInitializedAsync()
    {
        _admin = await SignedInUser.ResolveAsync(AuthenticationState);
        _subjectId = string.IsNullOrWhiteSpace(SubjectQuery) ? null : SubjectQuery.Trim();
        if (_admin is null)
        {
            _error = "Sign in as an administrator to read the audit log.";
            return;
        }

        try
        {
            var accounts = await Accounts.ListAsync(_admin, _closing.Token);
            var users = await UserDirectory.ListAsync(_admin, _closing.Token);
            _subjects =
            [
                .. accounts.OrderBy(a => a.Account.DisplayName, StringComparer.OrdinalIgnoreCase)
                    .Select(a => new Choice<string>(a.Account.Id.ToString("D"), $"Account · {a.Account.DisplayName} ({a.Account.BrokerLogin})")),
                .. users.OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase)
                    .Select(u => new Choice<string>(u.UserId, $"User · {u.UserName}")),
            ];
        }
        catch (AccessDeniedException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The filter list is a convenience: the log itself still loads.
            AdminLog.LoadFailed(Logger, ex, "audit subjects");
        }
    }

    private static void OnRowRender(RowRenderEventArgs<AuditRecord> args)
    {
        if (args.Data is { } entry)
        {
            args.Attributes.Add("data-action", entry.Action);
            args.Attributes.Add("data-subject-id", entry.SubjectId);
        }
    }

    private async Task FilterAsync(string? actionPrefix, string? subjectId)
    {
        _actionPrefix = actionPrefix;
        _subjectId = subjectId;
        if (_grid is not null)
        {
            await _grid.FirstPage(forceReload: true);
        }
    }

    private async Task LoadAsync(LoadDataArgs args)
    {
        if (_admin is null)
        {
            return;
        }

        _loading = true;
        try
        {
            var page = await Audit.QueryAsync(
                _admin,
                new AuditQuery(args.Skip ?? 0, args.Top ?? 25, SubjectId: _subjectId, ActionPrefix: _actionPrefix),
                _closing.Token);
            _items = page.Items;
            _total = page.Total;
            _error = null;
        }
        catch (AccessDeniedException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AdminLog.LoadFailed(Logger, ex, "the audit log");
            _error = "The audit log could not be loaded. Try again in a moment.";
        }
        finally
        {
            _loading = false;
        }
    }
}

using Microsoft.AspNetCore.Components;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Audit;

namespace TradingDashboard.Components.Pages.Admin.Accounts;

/// <summary>The latest audit entries of one account, newest first.</summary>
public sealed partial class AccountHistory : IDisposable
{
    public const int Size = 15;

    private readonly CancellationTokenSource _closing = new();
    private AuditPage? _page;
    private string? _error;
    private Guid? _loadedFor;

    [Inject]
    private IAuditLog Audit { get; set; } = default!;

    [Inject]
    private ILogger<AccountHistory> Logger { get; set; } = default!;

    [Parameter, EditorRequired]
    public AccessUser Admin { get; set; } = default!;

    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    public void Dispose()
    {
        _closing.Cancel();
        _closing.Dispose();
    }

    /// <summary>Reloads after the page saved something.</summary>
    public async Task RefreshAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor != AccountId)
        {
            _loadedFor = AccountId;
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        try
        {
            _page = await Audit.QueryAsync(Admin, new AuditQuery(0, Size, SubjectId: AccountId.ToString("D")), _closing.Token);
            _error = null;
        }
        catch (AccessDeniedException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AdminLog.LoadFailed(Logger, ex, "account history");
            _error = "The history could not be loaded.";
        }
    }
}

using Microsoft.AspNetCore.Components;
using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Components.Pages.Markets;

/// <summary>Market watch and account card for one account, chosen in a selector and kept in <c>?account={id}</c>.</summary>
public sealed partial class MarketsPage : IDisposable
{
    private IReadOnlyList<Account> _accounts = [];
    private Account? _selected;

    [Inject]
    private IAccountDirectory Directory { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The selected account's id from the query string; the first active account when absent.</summary>
    [SupplyParameterFromQuery(Name = "account")]
    public string? AccountQuery { get; set; }

    public void Dispose() => Directory.Changed -= OnDirectoryChanged;

    protected override void OnInitialized() => Directory.Changed += OnDirectoryChanged;

    protected override void OnParametersSet() => Select();

    private void Select()
    {
        _accounts = [.. Directory.All.Where(a => a.IsActive).OrderBy(a => a.DisplayName, StringComparer.OrdinalIgnoreCase)];
        _selected = string.IsNullOrWhiteSpace(AccountQuery)
            ? (_accounts.Count > 0 ? _accounts[0] : null)
            : Guid.TryParse(AccountQuery, out var id) ? _accounts.FirstOrDefault(a => a.Id == id) : null;
    }

    private void SelectAccount(Guid id) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("account", id.ToString("D")));

    private void OnDirectoryChanged() => _ = InvokeAsync(() =>
    {
        Select();
        StateHasChanged();
    });
}

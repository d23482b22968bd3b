using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace TradingDashboard.Components.Layout;

/// <summary>
/// Application navigation. Selection follows the URL here rather than in Radzen, because the
/// Markets page answers both <c>/</c> and <c>/markets</c>.
/// </summary>
public sealed partial class NavMenu : IDisposable
{
    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private string CurrentPath => Navigation.ToBaseRelativePath(Navigation.Uri).Split('?', '#')[0].TrimEnd('/');

    private bool IsMarkets
    {
        get
        {
            var path = CurrentPath;
            return path.Length == 0 || path.Equals("markets", StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>The URL is <paramref name="section"/> or below it (<c>admin/accounts/{id}</c> selects Accounts).</summary>
    private bool IsAt(string section)
    {
        var path = CurrentPath;
        return path.Equals(section, StringComparison.OrdinalIgnoreCase)
            || path.StartsWith(section + "/", StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;

    protected override void OnInitialized() => Navigation.LocationChanged += OnLocationChanged;

    private static void IgnoreSelection(bool selected)
    {
        // Selection is derived from the URL; clicks navigate and LocationChanged re-renders.
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _ = InvokeAsync(StateHasChanged);
}

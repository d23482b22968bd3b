namespace TradingDashboard.Components.Layout;

/// <summary>Header with the product name, feed status and user menu; navigation sidebar; page body.</summary>
public sealed partial class MainLayout
{
    private bool _sidebarExpanded = true;

    private void ToggleSidebar() => _sidebarExpanded = !_sidebarExpanded;
}

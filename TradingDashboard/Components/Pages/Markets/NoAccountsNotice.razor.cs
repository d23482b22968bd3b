using Microsoft.AspNetCore.Components;

namespace TradingDashboard.Components.Pages.Markets;

/// <summary>Shown instead of the market watch while the user can see no account: who can change that, and how.</summary>
public sealed partial class NoAccountsNotice
{
    /// <summary>Admins are pointed at Admin → Accounts; traders at their administrator.</summary>
    [Parameter]
    public bool IsAdmin { get; set; }
}

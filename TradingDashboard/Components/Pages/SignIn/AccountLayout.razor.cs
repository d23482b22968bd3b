namespace TradingDashboard.Components.Pages.SignIn;

/// <summary>The sign-in pages' frame: one centered card on the dark theme, no navigation.</summary>
public sealed partial class AccountLayout;

using Microsoft.AspNetCore.Components;

namespace TradingDashboard.Tests.Unit.Components;

/// <summary>A navigation manager whose address the test sets before rendering a page.</summary>
internal sealed class TestNavigationManager : NavigationManager
{
    public const string Base = "http://127.0.0.1/";

    public TestNavigationManager() => Initialize(Base, Base);

    public void Go(string relativeUri) => Uri = Base + relativeUri;

    protected override void NavigateToCore(string uri, NavigationOptions options) => Uri = ToAbsoluteUri(uri).ToString();
}

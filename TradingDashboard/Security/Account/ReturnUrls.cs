namespace TradingDashboard.Security.Account;

/// <summary>Where to go after signing in: only a path on this site, never another host (open redirect).</summary>
public static class ReturnUrls
{
    public const string Home = "/";

    public static string LocalOrHome(string? returnUrl) => IsLocal(returnUrl) ? returnUrl! : Home;

    /// <summary>Same rule as MVC's <c>IsLocalUrl</c>: <c>/path</c> but not <c>//host</c> or <c>/\host</c>, no control characters.</summary>
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/' || url.Any(char.IsControl))
        {
            return false;
        }

        return url.Length == 1 || (url[1] != '/' && url[1] != '\\');
    }
}

namespace TradingDashboard.Security.Bootstrap;

/// <summary>
/// Shows a generated admin password to whoever started the process: written straight to the
/// console, never through logging, so it cannot land in a log sink.
/// </summary>
public sealed class AdminPasswordBanner
{
    private readonly TextWriter? _output;

    /// <summary>Writes to <see cref="Console.Out"/>.</summary>
    public AdminPasswordBanner()
    {
    }

    /// <summary>Writes to <paramref name="output"/> (tests).</summary>
    public AdminPasswordBanner(TextWriter output) => _output = output;

    public void Show(string userName, string password)
    {
        var output = _output ?? Console.Out;
        const string Rule = "==================================================================";
        output.WriteLine();
        output.WriteLine(Rule);
        output.WriteLine("  TradingDashboard: first admin created");
        output.WriteLine($"    user name: {userName}");
        output.WriteLine($"    password:  {password}");
        output.WriteLine("  Sign in at /account/login; you must change this password first.");
        output.WriteLine("  It is shown only this once: it is not stored or logged anywhere.");
        output.WriteLine(Rule);
        output.WriteLine();
        output.Flush();
    }
}

using Microsoft.Playwright;

namespace TradingDashboard.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for the <see cref="BrowserCollection"/>: the Debian build at
/// <c>/usr/bin/chromium</c> (or <c>TD_CHROMIUM_PATH</c>), never a downloaded browser.
/// </summary>
public sealed class PlaywrightFixture : IAsyncLifetime
{
    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("TD_CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not launched yet.");

    /// <summary>A fresh context (own cookies and storage) with one page; dispose the context when done.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> NewPageAsync(Uri? baseAddress = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress?.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        context.SetDefaultTimeout(15_000);
        return (context, await context.NewPageAsync());
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium not found at {ExecutablePath}; install it with build/test.sh (apt-get install chromium).");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = LaunchArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

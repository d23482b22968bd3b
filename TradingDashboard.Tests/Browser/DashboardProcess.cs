using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TradingDashboard.Tests.Browser;

/// <summary>
/// The real dashboard in its own process on Kestrel, bound to 127.0.0.1 on a free port. Settings go
/// on the command line, the configuration source with the highest precedence, so they also win
/// over values <c>Program</c> reads before the host is built (the transport, for instance).
/// </summary>
public sealed partial class DashboardProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;
    private readonly string _directory;

    private DashboardProcess(Process process, ConcurrentQueue<string> output, string directory, Uri baseAddress)
    {
        _process = process;
        _output = output;
        _directory = directory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>What the app wrote so far, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <param name="settings">Configuration overrides; a fresh SQLite file is used unless they name another database.</param>
    public static async Task<DashboardProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var directory = Directory.CreateTempSubdirectory("td-browser-").FullName;
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TradingDashboard.dll"));
        AddSetting(startInfo, "urls", "http://127.0.0.1:0");
        AddSetting(startInfo, "environment", "Development"); // serves Radzen's assets from the NuGet cache
        AddSetting(startInfo, "contentRoot", ContentRoot());
        AddSetting(startInfo, "Logging:LogLevel:Default", "Warning");
        AddSetting(startInfo, "Logging:LogLevel:Microsoft.Hosting.Lifetime", "Information");
        AddSetting(startInfo, "Persistence:Provider", "Sqlite");
        AddSetting(startInfo, "Persistence:ConnectionString", $"Data Source={Path.Combine(directory, "dashboard.db")}");
        foreach (var (key, value) in settings)
        {
            AddSetting(startInfo, key, value ?? string.Empty);
        }

        var output = new ConcurrentQueue<string>();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Collect(e.Data, output, listening);
        process.ErrorDataReceived += (_, e) => Collect(e.Data, output, listening);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The dashboard exited during start."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            return new DashboardProcess(process, output, directory, await listening.Task.WaitAsync(StartTimeout));
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            await StopAsync(process, directory);
            throw new InvalidOperationException($"The dashboard did not start: {e.Message}{Environment.NewLine}{string.Join(Environment.NewLine, output)}", e);
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync(_process, _directory));

    private static async Task StopAsync(Process process, string directory)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private static void AddSetting(ProcessStartInfo startInfo, string key, string value) =>
        startInfo.ArgumentList.Add($"--{key}={value}");

    private static void Collect(string? line, ConcurrentQueue<string> output, TaskCompletionSource<Uri> listening)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        if (ListeningLine().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups["url"].Value + "/"));
        }
    }

    // The web project's folder, as Microsoft.AspNetCore.Mvc.Testing records it next to the test assembly.
    private static string ContentRoot()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json")));
        return manifest.RootElement.EnumerateObject()
            .First(p => p.Name.StartsWith("TradingDashboard,", StringComparison.Ordinal))
            .Value.GetString()!;
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}

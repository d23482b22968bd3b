using System.Diagnostics;

namespace TradingDashboard.Tests.Infrastructure;

/// <summary>Runs <c>rabbitmqctl</c> against the local test broker (set <c>TD_RABBITMQCTL</c> to use another binary).</summary>
public static class RabbitMqCtl
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static string Executable { get; } = Environment.GetEnvironmentVariable("TD_RABBITMQCTL") is { Length: > 0 } path ? path : "rabbitmqctl";

    /// <returns>The command's standard output.</returns>
    /// <exception cref="InvalidOperationException">The command failed or timed out.</exception>
    public static async Task<string> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        var startInfo = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add("-q");
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var command = $"{Executable} {string.Join(' ', startInfo.ArgumentList)}";
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"could not start {command}");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{command} did not finish within {Timeout.TotalSeconds:0} s");
        }

        var output = await stdout;
        var error = await stderr;
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"{command} exited with {process.ExitCode}: {error.Trim()} {output.Trim()}");
    }
}

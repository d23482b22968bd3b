using System.Globalization;
using TradingDashboard.Benchmarks.Dashboard;

namespace TradingDashboard.Benchmarks;

/// <summary>Command line: a mode, then <c>--name value</c> or <c>--name=value</c> overrides.</summary>
internal sealed record BenchmarkSettings
{
    public const string Usage =
        "usage: <throughput|latency|pipeline|micro|indicators|all> [--messages 100000] [--runs 3] [--rate 2000] [--seconds 15] [--warmup-seconds 2] [--symbols 10] [--subscribers 1] [--reader paced|prompt]";

    public BenchmarkMode Mode { get; init; } = BenchmarkMode.All;

    /// <summary>Messages pre-published for each throughput run (and processed per in-memory run).</summary>
    public int Messages { get; init; } = 100_000;

    /// <summary>Measured runs of each throughput variant, after one smaller warm-up pair.</summary>
    public int Runs { get; init; } = 3;

    /// <summary>Publish rate of the latency run, messages per second.</summary>
    public int Rate { get; init; } = 2_000;

    /// <summary>Measured length of the latency run.</summary>
    public int Seconds { get; init; } = 15;

    /// <summary>Paced publishing before the latency measurement starts (JIT, connection warm-up).</summary>
    public int WarmupSeconds { get; init; } = 2;

    /// <summary>Distinct symbols the ticks rotate through.</summary>
    public int Symbols { get; init; } = 10;

    /// <summary>Hub subscribers reading the account's prices during throughput and in-memory runs (0 shows the cost of fan-out).</summary>
    public int Subscribers { get; init; } = 1;

    /// <summary>How those subscribers read: paced like the UI (default) or promptly like a bot.</summary>
    public ReaderPacing Reader { get; init; } = ReaderPacing.Paced;

    public static BenchmarkSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new BenchmarkSettings();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                settings = settings with { Mode = ParseEnum<BenchmarkMode>("mode", arg) };
                continue;
            }

            var split = arg.IndexOf('=', StringComparison.Ordinal);
            var name = split < 0 ? arg[2..] : arg[2..split];
            var text = split >= 0 ? arg[(split + 1)..] : ++i < args.Count ? args[i] : throw new ArgumentException($"--{name} needs a value. {Usage}");
            settings = name == "reader"
                ? settings with { Reader = ParseEnum<ReaderPacing>(name, text) }
                : settings.With(name, ParseCount(name, text, minimum: name == "subscribers" ? 0 : 1));
        }

        return settings;
    }

    private BenchmarkSettings With(string name, int value) => name switch
    {
        "messages" => this with { Messages = value },
        "runs" => this with { Runs = value },
        "rate" => this with { Rate = value },
        "seconds" => this with { Seconds = value },
        "warmup-seconds" => this with { WarmupSeconds = value },
        "symbols" => this with { Symbols = value },
        "subscribers" => this with { Subscribers = value },
        _ => throw new ArgumentException($"Unknown option --{name}. {Usage}"),
    };

    private static T ParseEnum<T>(string name, string text)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsAsciiDigit(text[0])
            ? value
            : throw new ArgumentException($"Unknown {name} '{text}'. {Usage}");

    private static int ParseCount(string name, string text, int minimum) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= 10_000_000
            ? value
            : throw new ArgumentException($"--{name} must be a whole number from {minimum} to 10,000,000, got '{text}'.");
}

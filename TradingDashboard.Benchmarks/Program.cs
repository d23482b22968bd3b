using System.Runtime.InteropServices;
using TradingDashboard.Benchmarks;
using TradingDashboard.Benchmarks.Broker;
using TradingDashboard.Benchmarks.Indicators;
using TradingDashboard.Benchmarks.InMemory;
using TradingDashboard.Benchmarks.Latency;
using TradingDashboard.Benchmarks.Reporting;
using TradingDashboard.Benchmarks.Throughput;

BenchmarkSettings settings;
try
{
    settings = BenchmarkSettings.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

if (settings.Mode == BenchmarkMode.Micro)
{
    ProcessTickRunner.Run();
    return 0;
}

if (settings.Mode == BenchmarkMode.Indicators)
{
    IndicatorUpdateBenchmark.Run();
    return 0;
}

// Bounded: whatever happens the run stops, and the vhost is deleted on the way out.
using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(30));
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

try
{
    var summary = await RunAsync(settings, cancellation.Token);
    SummaryPrinter.Print(summary);
    return summary.Throughput is { Valid: false } ? 1 : 0;
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.Error.WriteLine("cancelled (signal or the 30-minute limit)");
    return 130;
}
catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException or RabbitMQ.Client.Exceptions.RabbitMQClientException)
{
    Console.Error.WriteLine($"benchmark failed: {e}");
    return 1;
}

static async Task<BenchmarkSummary> RunAsync(BenchmarkSettings settings, CancellationToken cancellationToken)
{
    var all = settings.Mode == BenchmarkMode.All;
    var pipeline = all || settings.Mode == BenchmarkMode.Pipeline
        ? await PipelineRateBenchmark.RunAsync(settings, cancellationToken)
        : null;
    ThroughputResult? throughput = null;
    LatencyResult? latency = null;
    if (all || settings.Mode is BenchmarkMode.Throughput or BenchmarkMode.Latency)
    {
        await using var vhost = await BenchmarkVhost.CreateAsync(cancellationToken);
        Console.WriteLine($"created vhost {vhost.Name}");
        if (all || settings.Mode == BenchmarkMode.Throughput)
        {
            throughput = await ThroughputBenchmark.RunAsync(settings, vhost.Name, cancellationToken);
        }

        if (all || settings.Mode == BenchmarkMode.Latency)
        {
            latency = await LatencyBenchmark.RunAsync(settings, vhost.Name, cancellationToken);
        }
    }

    return new BenchmarkSummary(settings, pipeline, throughput, latency);
}

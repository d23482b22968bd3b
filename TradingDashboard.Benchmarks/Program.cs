using System.Runtime.InteropServices;
using TradingDashboard.Benchmarks;
using TradingDashboard.Benchmarks.Broker;
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

// Bounded: whatever happens, the run stops and cleans up (the vhost is deleted on the way out).
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
var token = cancellation.Token;

var runsAll = settings.Mode == BenchmarkMode.All;
var pipeline = runsAll || settings.Mode == BenchmarkMode.Pipeline
    ? await PipelineRateBenchmark.RunAsync(settings, token)
    : null;
ThroughputResult? throughput = null;
LatencyResult? latency = null;
if (runsAll || settings.Mode is BenchmarkMode.Throughput or BenchmarkMode.Latency)
{
    await using var vhost = await BenchmarkVhost.CreateAsync(token);
    Console.WriteLine($"created vhost {vhost.Name}");
    if (runsAll || settings.Mode == BenchmarkMode.Throughput)
    {
        throughput = await ThroughputBenchmark.RunAsync(settings, vhost.Name, token);
    }

    if (runsAll || settings.Mode == BenchmarkMode.Latency)
    {
        latency = await LatencyBenchmark.RunAsync(settings, vhost.Name, token);
    }
}

SummaryPrinter.Print(new BenchmarkSummary(settings, pipeline, throughput, latency));
return throughput is { Valid: false } ? 1 : 0;

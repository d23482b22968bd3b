using BenchmarkDotNet.Attributes;
using TradingDashboard.Benchmarks.Dashboard;
using TradingDashboard.Benchmarks.Workload;
using TradingDashboard.Core.Events.Validation;
using TradingDashboard.Core.Messaging.Pipeline;

namespace TradingDashboard.Benchmarks.InMemory;

/// <summary>
/// One <c>price.tick</c> through <see cref="EventPipeline.ProcessAsync"/>: parse, validate,
/// resolve, dedupe, order guard, hub fan-out to one subscriber. Every invocation gets a fresh
/// event id and a later <c>time_msc</c>, so each one is applied rather than short-circuited.
/// </summary>
[MemoryDiagnoser]
public class ProcessTickBenchmark : IDisposable
{
    public const int TicksPerIteration = 50_000;

    private DashboardStack? _stack;
    private HubReader? _reader;
    private TickStream? _stream;
    private byte[][] _bodies = [];
    private long _nextSequence;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _stack = DashboardStack.CreateAsync(virtualHost: null, CancellationToken.None).GetAwaiter().GetResult();
        _stream = new TickStream(_stack.AccountId, DashboardConfiguration.BrokerLogin, 10, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        _reader = new HubReader(_stack.Hub, _stack.AccountId, subscribers: 1, ReaderPacing.Paced);
    }

    [IterationSetup]
    public void NextTicks()
    {
        _bodies = _stream!.Range(_nextSequence, TicksPerIteration);
        _nextSequence += TicksPerIteration;
        _next = 0;
    }

    /// <summary>Parsing and validation alone, for the split.</summary>
    [Benchmark]
    public EventReadResult ReadTick() => _stack!.Reader.Read(_bodies[_next++]);

    [Benchmark(Baseline = true)]
    public ValueTask<ProcessingResult> ProcessTick() => _stack!.Pipeline.ProcessAsync(_bodies[_next++], CancellationToken.None);

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_stack?.Metrics.Snapshot() is { Received: > 0 } stats)
        {
            Console.WriteLine($"// pipeline outcomes: received={stats.Received:N0} applied={stats.Applied:N0} duplicate={stats.Duplicates} stale={stats.Stale} rejected={stats.Rejected}");
        }

        Dispose();
    }

    public void Dispose()
    {
        _reader?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _stack?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        (_reader, _stack) = (null, null);
        GC.SuppressFinalize(this);
    }
}

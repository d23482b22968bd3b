using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace TradingDashboard.Benchmarks.InMemory;

/// <summary>
/// Runs <see cref="ProcessTickBenchmark"/> in this process (no generated project to build, so it
/// never competes with other builds in the tree), artifacts in a temp folder.
/// </summary>
internal static class ProcessTickRunner
{
    public static Summary Run()
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithInvocationCount(ProcessTickBenchmark.TicksPerIteration)
            .WithUnrollFactor(1)
            .WithWarmupCount(3)
            .WithIterationCount(15);
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "td-bench-bdn"));
        return BenchmarkRunner.Run<ProcessTickBenchmark>(config);
    }
}

using System.Diagnostics;

namespace TradingDashboard.Benchmarks.Reporting;

/// <summary>
/// This process's CPU time, allocations and collections; the difference of two readings is what
/// a run cost. CPU time includes thread-pool spin-waiting, so it is only comparable within one invocation.
/// </summary>
internal readonly record struct ResourceUsage(TimeSpan Cpu, long AllocatedBytes, int Gen0, int Gen1, int Gen2)
{
    public static ResourceUsage Now()
    {
        using var process = Process.GetCurrentProcess();
        return new ResourceUsage(process.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    }

    public ResourceUsage Since(ResourceUsage start) =>
        new(Cpu - start.Cpu, AllocatedBytes - start.AllocatedBytes, Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2);

    public string PerMessage(int messages) =>
        $"cpu {Cpu.TotalMicroseconds / messages,5:F1} us/msg, alloc {AllocatedBytes / (double)messages,6:N0} B/msg, GCs {Gen0}/{Gen1}/{Gen2}";
}

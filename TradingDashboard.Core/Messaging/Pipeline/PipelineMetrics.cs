using System.Diagnostics.Metrics;
using TradingDashboard.Core.Events.Validation;

namespace TradingDashboard.Core.Messaging.Pipeline;

/// <summary>Counts every outcome (System.Diagnostics.Metrics meter <c>TradingDashboard.Messaging</c>, plus a snapshot).</summary>
public sealed class PipelineMetrics : IDisposable
{
    public const string MeterName = "TradingDashboard.Messaging";

    private readonly Meter _meter;
    private readonly Counter<long> _events;
    private readonly long[] _byOutcome = new long[Enum.GetValues<ProcessingOutcome>().Length];
    private readonly long[] _byReason = new long[Enum.GetValues<RejectReason>().Length];
    private readonly TimeProvider _time;
    private long _received;
    private long _lastAppliedTicks;

    public PipelineMetrics(IMeterFactory meters, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _time = time;
        _meter = meters.Create(MeterName);
        _events = _meter.CreateCounter<long>("td.events.processed", description: "Bridge events by outcome");
    }

    public void Record(in ProcessingResult result)
    {
        Interlocked.Increment(ref _received);
        Interlocked.Increment(ref _byOutcome[(int)result.Outcome]);
        if (result is { Outcome: ProcessingOutcome.Rejected, Rejection: { } rejection })
        {
            Interlocked.Increment(ref _byReason[(int)rejection.Reason]);
            _events.Add(1, new KeyValuePair<string, object?>("outcome", "rejected"), new KeyValuePair<string, object?>("reason", rejection.Reason.ToWire()));
            return;
        }

        if (result.Outcome == ProcessingOutcome.Applied)
        {
            Interlocked.Exchange(ref _lastAppliedTicks, _time.GetUtcNow().UtcTicks);
        }

        if (_events.Enabled)
        {
            _events.Add(1, new KeyValuePair<string, object?>("outcome", result.Outcome.ToString()));
        }
    }

    public PipelineStats Snapshot()
    {
        var last = Interlocked.Read(ref _lastAppliedTicks);
        return new PipelineStats(
            Interlocked.Read(ref _received),
            Interlocked.Read(ref _byOutcome[(int)ProcessingOutcome.Applied]),
            Interlocked.Read(ref _byOutcome[(int)ProcessingOutcome.Duplicate]),
            Interlocked.Read(ref _byOutcome[(int)ProcessingOutcome.Stale]),
            Interlocked.Read(ref _byOutcome[(int)ProcessingOutcome.Rejected]),
            Enum.GetValues<RejectReason>().ToDictionary(r => r, r => Interlocked.Read(ref _byReason[(int)r])),
            last == 0 ? null : new DateTimeOffset(last, TimeSpan.Zero));
    }

    public void Dispose() => _meter.Dispose();
}

using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace TradingDashboard.Core.Trading.Gateway;

/// <summary>
/// One account's resilience: a single circuit breaker shared by reads and orders, so a broker
/// that fails reads also stops orders (and the other way round). Reads run retry → breaker →
/// timeout per attempt; orders run breaker → timeout and are never retried.
/// </summary>
internal sealed class AccountResilience
{
    private static readonly TimeSpan FirstReadRetryDelay = TimeSpan.FromMilliseconds(200);

    private readonly Guid _accountId;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CircuitBreakerStateProvider _state = new();
    private readonly Lock _lock = new();
    private int _failures;
    private DateTimeOffset? _retryAt;

    public AccountResilience(Guid accountId, TradingOptions options, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _accountId = accountId;
        _time = time;
        _logger = logger;
        var breakDuration = TimeSpan.FromMilliseconds(options.BreakerOpenMs);
        var breaker = new ResiliencePipelineBuilder { TimeProvider = time, Name = "trading-breaker", InstanceName = accountId.ToString("D") }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = TimeSpan.FromMilliseconds(options.BreakerSamplingMs),
                BreakDuration = breakDuration,
                ShouldHandle = args => ValueTask.FromResult(BrokerFaults.CountsAgainstBreaker(args.Outcome.Exception)),
                StateProvider = _state,

                // Runs inside Polly's lock as the breaker opens: the one place that sees the failure count.
                BreakDurationGenerator = args =>
                {
                    lock (_lock)
                    {
                        _failures = args.FailureCount;
                        _retryAt = _time.GetUtcNow() + breakDuration;
                    }

                    return ValueTask.FromResult(breakDuration);
                },
                OnOpened = args =>
                {
                    _logger.BreakerOpened(_accountId, Snapshot().Failures, args.BreakDuration.TotalMilliseconds, args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
                OnHalfOpened = _ =>
                {
                    _logger.BreakerHalfOpened(_accountId);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    lock (_lock)
                    {
                        _failures = 0;
                        _retryAt = null;
                    }

                    _logger.BreakerClosed(_accountId);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

        var reads = new ResiliencePipelineBuilder { TimeProvider = time, Name = "trading-reads", InstanceName = accountId.ToString("D") };
        if (options.ReadRetries > 0)
        {
            reads.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.ReadRetries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = FirstReadRetryDelay,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(BrokerFaults.IsRetryableRead(args.Outcome.Exception)),
            });
        }

        Reads = reads.AddPipeline(breaker).AddTimeout(TimeSpan.FromMilliseconds(options.ReadTimeoutMs)).Build();
        Orders = new ResiliencePipelineBuilder { TimeProvider = time, Name = "trading-orders", InstanceName = accountId.ToString("D") }
            .AddPipeline(breaker)
            .AddTimeout(TimeSpan.FromMilliseconds(options.OrderTimeoutMs))
            .Build();
    }

    /// <summary>Retry (faults only) → breaker → timeout per attempt.</summary>
    public ResiliencePipeline Reads { get; }

    /// <summary>Breaker → timeout; never retried: a lost answer is reconciled, not resent.</summary>
    public ResiliencePipeline Orders { get; }

    public BreakerSnapshot Snapshot()
    {
        var circuit = _state.CircuitState;
        if (circuit == CircuitState.Closed)
        {
            return BreakerSnapshot.Closed;
        }

        lock (_lock)
        {
            if (circuit == CircuitState.HalfOpen)
            {
                return new BreakerSnapshot(BreakerState.HalfOpen, true, _failures, null);
            }

            // Polly moves Open → HalfOpen only when a call arrives after the break: until then the next call is the probe.
            var elapsed = _retryAt is { } at && _time.GetUtcNow() >= at && circuit == CircuitState.Open;
            return new BreakerSnapshot(elapsed ? BreakerState.HalfOpen : BreakerState.Open, false, _failures, _retryAt);
        }
    }
}

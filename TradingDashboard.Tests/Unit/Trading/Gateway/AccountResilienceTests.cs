using Microsoft.Extensions.Logging.Abstractions;
using Polly.CircuitBreaker;
using Polly.Timeout;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Resilience;
using TradingDashboard.Core.Trading;
using TradingDashboard.Core.Trading.Gateway;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Unit.Trading.Gateway;

/// <summary>The per-account pipelines on a hand-moved clock: Polly's breaker reads time only from it.</summary>
public class AccountResilienceTests
{
    private static readonly BrokerTradeResult Rejected = BrokerTradeResult.Refused(TradeResultCode.NoMoney);

    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task Reads_ConnectionFaults_AreRetriedUpToReadRetries()
    {
        var resilience = Create(new TradingOptions { ReadRetries = 2, BreakerMinimumThroughput = 100 });
        var calls = 0;

        await Assert.ThrowsAsync<BrokerException>(() => resilience.Reads.ExecuteAsync<int>(_ =>
        {
            calls++;
            throw new BrokerException(BrokerErrorKind.Connection, "down");
        }, CancellationToken.None).AsTask());

        Assert.Equal(3, calls);
    }

    [Theory]
    [InlineData(BrokerErrorKind.Validation)]
    [InlineData(BrokerErrorKind.State)]
    [InlineData(BrokerErrorKind.Auth)]
    public async Task Reads_NonTransientFaults_AreNotRetried(BrokerErrorKind kind)
    {
        var resilience = Create(new TradingOptions { ReadRetries = 2, BreakerMinimumThroughput = 100 });
        var calls = 0;

        await Assert.ThrowsAsync<BrokerException>(() => resilience.Reads.ExecuteAsync<int>(_ =>
        {
            calls++;
            throw new BrokerException(kind, "no");
        }, CancellationToken.None).AsTask());

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Orders_AreNeverRetried()
    {
        var resilience = Create(new TradingOptions { ReadRetries = 5, BreakerMinimumThroughput = 100 });
        var calls = 0;

        await Assert.ThrowsAsync<BrokerException>(() => resilience.Orders.ExecuteAsync<BrokerTradeResult>(_ =>
        {
            calls++;
            throw new BrokerException(BrokerErrorKind.Connection, "down");
        }, CancellationToken.None).AsTask());

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Breaker_FaultsOfReads_OpenItForOrdersToo_UntilAProbeSucceeds()
    {
        var resilience = Create(new TradingOptions { ReadRetries = 0, BreakerMinimumThroughput = 2, BreakerFailureRatio = 0.5, BreakerOpenMs = 1_000 });

        await FailReadAsync(resilience);
        await FailReadAsync(resilience);

        var open = resilience.Snapshot();
        Assert.Equal(BreakerState.Open, open.State);
        Assert.False(open.AcceptsCalls);
        Assert.Equal(2, open.Failures);
        Assert.Equal(_clock.GetUtcNow().AddSeconds(1), open.RetryAt);
        Assert.Equal($"Trading on Demo is paused: the broker failed 2 times; retrying at 10:00:01 UTC.", open.PausedMessage("Demo"));

        var sent = 0;
        await Assert.ThrowsAsync<BrokenCircuitException>(() => resilience.Orders.ExecuteAsync(_ =>
        {
            sent++;
            return ValueTask.FromResult(Rejected);
        }, CancellationToken.None).AsTask());
        Assert.Equal(0, sent);

        _clock.Advance(TimeSpan.FromMilliseconds(1_000));
        Assert.Equal(BreakerState.HalfOpen, resilience.Snapshot().State);
        Assert.True(resilience.Snapshot().AcceptsCalls);

        // The probe: a broker decision (even a refusal) proves the broker answers.
        var probe = await resilience.Orders.ExecuteAsync(_ => ValueTask.FromResult(Rejected), CancellationToken.None);

        Assert.Same(Rejected, probe);
        Assert.Equal(BreakerSnapshot.Closed, resilience.Snapshot());
    }

    [Fact]
    public async Task Breaker_FailedProbe_OpensItAgain()
    {
        var resilience = Create(new TradingOptions { ReadRetries = 0, BreakerMinimumThroughput = 2, BreakerOpenMs = 1_000 });
        await FailReadAsync(resilience);
        await FailReadAsync(resilience);
        _clock.Advance(TimeSpan.FromSeconds(2));

        await FailReadAsync(resilience);

        Assert.Equal(BreakerState.Open, resilience.Snapshot().State);
        Assert.Equal(_clock.GetUtcNow().AddSeconds(1), resilience.Snapshot().RetryAt);
    }

    [Fact]
    public async Task Breaker_DecisionsAndBadRequests_NeverCount()
    {
        var resilience = Create(new TradingOptions { ReadRetries = 0, BreakerMinimumThroughput = 2, BreakerFailureRatio = 0.5 });

        for (var i = 0; i < 5; i++)
        {
            await resilience.Orders.ExecuteAsync(_ => ValueTask.FromResult(Rejected), CancellationToken.None);
            await Assert.ThrowsAsync<BrokerException>(() => resilience.Reads.ExecuteAsync<int>(
                _ => throw new BrokerException(BrokerErrorKind.Validation, "bad request"), CancellationToken.None).AsTask());
        }

        Assert.Equal(BreakerSnapshot.Closed, resilience.Snapshot());
    }

    [Fact]
    public async Task Orders_WithoutAnswerInTime_TimeOut()
    {
        var resilience = Create(new TradingOptions { OrderTimeoutMs = 50, BreakerMinimumThroughput = 100 });

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => resilience.Orders.ExecuteAsync(async token =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return Rejected;
        }, CancellationToken.None).AsTask());
    }

    private AccountResilience Create(TradingOptions options) => new(Guid.NewGuid(), options, _clock, NullLogger.Instance);

    private static Task<BrokerException> FailReadAsync(AccountResilience resilience) =>
        Assert.ThrowsAsync<BrokerException>(() => resilience.Reads.ExecuteAsync<int>(
            _ => throw new BrokerException(BrokerErrorKind.Connection, "bridge down"), CancellationToken.None).AsTask());
}

using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TradingDashboard.Components.Shared;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Tests.Unit.Components;

public sealed class LiveFeedTests
{
    private static readonly Guid TestAccount = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly MarketTopic Watch = MarketTopic.Prefix(GroupKeys.PricesPrefix(TestAccount));

    [Fact]
    public async Task Start_FastFeed_RendersAtMostTenTimesASecondAndEndsOnTheNewestValue()
    {
        var hub = CreateHub();
        using var feed = new LiveFeed(hub.Subscribe(Watch), NullLogger.Instance, TimeProvider.System);
        var deliveries = new ConcurrentQueue<(TimeSpan At, decimal LastBid)>();
        var clock = Stopwatch.StartNew();
        feed.Start(
            batch =>
            {
                deliveries.Enqueue((clock.Elapsed, batch.OfType<QuoteUpdate>().Last().Tick.Bid));
                return Task.CompletedTask;
            },
            () => Task.CompletedTask);

        var bid = 1.00000m;
        while (clock.Elapsed < TimeSpan.FromSeconds(1))
        {
            bid += 0.00001m;
            hub.Publish(QuoteRowTests.Quote("EURUSD", bid, bid + 0.0001m, account: TestAccount));
            await Task.Delay(1);
        }

        await WaitUntilAsync(() => deliveries.LastOrDefault().LastBid == bid);
        var times = deliveries.Select(d => d.At).ToList();
        Assert.InRange(times.Count, 5, 13);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(90), $"{pair.First} -> {pair.Second}"));
    }

    [Fact]
    public async Task Dispose_RunningFeed_UnsubscribesAndStopsBothLoops()
    {
        var hub = CreateHub();
        var feed = new LiveFeed(hub.Subscribe(Watch), NullLogger.Instance, TimeProvider.System);
        feed.Start(_ => Task.CompletedTask, () => Task.CompletedTask);
        Assert.Equal(1, hub.SubscriberCount);

        feed.Dispose();

        Assert.Equal(0, hub.SubscriberCount);
        await feed.Completion.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Start_DeliveryThrows_LogsAndKeepsDelivering()
    {
        var hub = CreateHub();
        var logger = new ListLogger();
        using var feed = new LiveFeed(hub.Subscribe(Watch), logger, TimeProvider.System);
        var delivered = new ConcurrentQueue<decimal>();
        feed.Start(
            batch =>
            {
                var quote = batch.OfType<QuoteUpdate>().Last();
                if (quote.Tick.Bid == 1m)
                {
                    throw new InvalidOperationException("bad data");
                }

                delivered.Enqueue(quote.Tick.Bid);
                return Task.CompletedTask;
            },
            () => Task.CompletedTask);

        hub.Publish(QuoteRowTests.Quote("EURUSD", 1m, 1.1m, account: TestAccount));
        await WaitUntilAsync(() => !logger.Errors.IsEmpty);
        hub.Publish(QuoteRowTests.Quote("EURUSD", 2m, 2.1m, account: TestAccount));

        await WaitUntilAsync(() => delivered.Contains(2m));
        Assert.IsType<InvalidOperationException>(Assert.Single(logger.Errors));
    }

    [Fact]
    public async Task Start_NoData_RefreshesAboutOnceASecondForAges()
    {
        var hub = CreateHub();
        using var feed = new LiveFeed(hub.Subscribe(Watch), NullLogger.Instance, TimeProvider.System);
        var refreshes = 0;
        feed.Start(_ => Task.CompletedTask, () => Task.FromResult(Interlocked.Increment(ref refreshes)));

        await WaitUntilAsync(() => Volatile.Read(ref refreshes) >= 2, TimeSpan.FromSeconds(4));
    }

    [Fact]
    public void Open_Prerendering_AppliesCachedValuesAndUnsubscribes()
    {
        var hub = CreateHub();
        hub.Publish(QuoteRowTests.Quote("EURUSD", 1.08450m, 1.08462m, account: TestAccount));
        var applied = new List<MarketUpdate>();

        var feed = LiveFeed.Open(hub.Subscribe(Watch), NullLogger.Instance, TimeProvider.System, interactive: false, applied.AddRange, _ => Task.CompletedTask, () => { });

        Assert.Null(feed);
        Assert.Equal(1.08450m, Assert.IsType<QuoteUpdate>(Assert.Single(applied)).Tick.Bid);
        Assert.Equal(0, hub.SubscriberCount);
    }

    [Fact]
    public async Task Open_Interactive_AppliesCachedValuesAtOnceThenLiveUpdatesThroughInvoke()
    {
        var hub = CreateHub();
        hub.Publish(QuoteRowTests.Quote("EURUSD", 1.08450m, 1.08462m, account: TestAccount));
        var applied = new ConcurrentQueue<decimal>();
        var renders = 0;

        using var feed = LiveFeed.Open(
            hub.Subscribe(Watch),
            NullLogger.Instance,
            TimeProvider.System,
            interactive: true,
            batch => { foreach (var q in batch.OfType<QuoteUpdate>()) { applied.Enqueue(q.Tick.Bid); } },
            work => { work(); return Task.CompletedTask; },
            () => Interlocked.Increment(ref renders));

        Assert.Equal([1.08450m], applied);
        hub.Publish(QuoteRowTests.Quote("EURUSD", 1.08451m, 1.08463m, account: TestAccount));
        await WaitUntilAsync(() => applied.Contains(1.08451m) && Volatile.Read(ref renders) > 0);
    }

    private static IMarketHub CreateHub() =>
        new ServiceCollection()
            .AddStreaming(new ConfigurationBuilder().Build())
            .BuildServiceProvider()
            .GetRequiredService<IMarketHub>();

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(deadline.Elapsed < (timeout ?? TimeSpan.FromSeconds(5)), "Timed out waiting for the feed.");
            await Task.Delay(10);
        }
    }

    private sealed class ListLogger : ILogger
    {
        public ConcurrentQueue<Exception> Errors { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error && exception is not null)
            {
                Errors.Enqueue(exception);
            }
        }
    }
}

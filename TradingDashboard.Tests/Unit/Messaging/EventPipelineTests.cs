using System.Text;
using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Events.Validation;
using TradingDashboard.Core.Messaging.Pipeline;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Unit.Messaging;

public sealed class EventPipelineTests
{
    private static readonly long T0 = TestEvents.BaseTime.ToUnixTimeMilliseconds();

    [Fact]
    public async Task ProcessAsync_LowercaseSymbolTick_ReachesUppercaseGroupWithPayloadCasing()
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var account = await harness.AddAccountAsync("51234567");
        using var subscription = harness.Hub.Subscribe(MarketTopic.Group($"prices_{account:D}_BTCUSD.A"));

        var result = await harness.ProcessAsync(TestEvents.Tick(account, "btcusd.A", 91234.50m, 91240.10m, T0));

        Assert.Equal(ProcessingOutcome.Applied, result.Outcome);
        var quote = Assert.IsType<QuoteUpdate>(Assert.Single(subscription.Drain()));
        Assert.Equal("btcusd.A", quote.Tick.Symbol);
        Assert.Equal(91234.50m, quote.Tick.Bid);
    }

    [Fact]
    public async Task ProcessAsync_SameEventIdTwice_TakesEffectOnce()
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var account = await harness.AddAccountAsync("51234567");
        using var subscription = harness.Hub.Subscribe(MarketTopic.Group(GroupKeys.Prices(account, "EURUSD")));
        var eventId = Guid.NewGuid();

        var first = await harness.ProcessAsync(TestEvents.Tick(account, "EURUSD", 1.08450m, 1.08460m, T0, eventId));
        subscription.Drain();
        var second = await harness.ProcessAsync(TestEvents.Tick(account, "EURUSD", 1.08450m, 1.08460m, T0, eventId));

        Assert.Equal(ProcessingOutcome.Applied, first.Outcome);
        Assert.Equal(ProcessingOutcome.Duplicate, second.Outcome);
        Assert.Empty(subscription.Drain());
        Assert.Equal(1, harness.Metrics.Snapshot().Duplicates);
    }

    [Fact]
    public async Task ProcessAsync_OlderTickAfterNewer_DroppedAsStale()
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var account = await harness.AddAccountAsync("51234567");

        await harness.ProcessAsync(TestEvents.Tick(account, "EURUSD", 1.08460m, 1.08470m, T0 + 500));
        var stale = await harness.ProcessAsync(TestEvents.Tick(account, "EURUSD", 1.08450m, 1.08460m, T0 + 100));

        Assert.Equal(ProcessingOutcome.Stale, stale.Outcome);
        var last = harness.Hub.Subscribe(MarketTopic.Group(GroupKeys.Prices(account, "EURUSD")));
        Assert.Equal(1.08460m, ((QuoteUpdate)Assert.Single(last.Drain())).Tick.Bid);
        last.Dispose();
    }

    [Fact]
    public async Task ProcessAsync_CandleRevisions_OlderBarAndOlderRevisionStale()
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var account = await harness.AddAccountAsync("51234567");
        var bar = TestEvents.BaseTime.ToUnixTimeSeconds();
        var at = TestEvents.BaseTime;

        var first = await harness.ProcessAsync(TestEvents.Candle(account, "EURUSD", "M1", bar, 1.0801m, at));
        var revision = await harness.ProcessAsync(TestEvents.Candle(account, "EURUSD", "M1", bar, 1.0803m, at.AddSeconds(2)));
        var lateRevision = await harness.ProcessAsync(TestEvents.Candle(account, "EURUSD", "M1", bar, 1.0802m, at.AddSeconds(1)));
        var next = await harness.ProcessAsync(TestEvents.Candle(account, "EURUSD", "M1", bar + 60, 1.0804m, at.AddSeconds(61)));
        var previous = await harness.ProcessAsync(TestEvents.Candle(account, "EURUSD", "M1", bar, 1.0809m, at.AddSeconds(62)));

        Assert.Equal(
            [ProcessingOutcome.Applied, ProcessingOutcome.Applied, ProcessingOutcome.Stale, ProcessingOutcome.Applied, ProcessingOutcome.Stale],
            new[] { first, revision, lateRevision, next, previous }.Select(r => r.Outcome));
    }

    [Fact]
    public async Task ProcessAsync_OlderAccountInfo_Stale()
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var account = await harness.AddAccountAsync("51234567");

        await harness.ProcessAsync(TestEvents.AccountInfo(account, 10_000m, 10_050m, TestEvents.BaseTime.AddSeconds(5)));
        var stale = await harness.ProcessAsync(TestEvents.AccountInfo(account, 9_000m, 9_000m, TestEvents.BaseTime));

        Assert.Equal(ProcessingOutcome.Stale, stale.Outcome);
        var cached = harness.Hub.Subscribe(MarketTopic.Group(GroupKeys.Account(account)));
        Assert.Equal(10_050m, ((AccountSnapshotUpdate)Assert.Single(cached.Drain())).Snapshot.Equity);
        cached.Dispose();
    }

    [Fact]
    public async Task ProcessAsync_UnknownOrInactiveAccount_RejectedUnknownAccount()
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var inactive = await harness.AddAccountAsync("70000001", active: false);

        var unknown = await harness.ProcessAsync(TestEvents.Tick(Guid.NewGuid(), "EURUSD", 1.1m, 1.2m, T0));
        var deactivated = await harness.ProcessAsync(TestEvents.Tick(inactive, "EURUSD", 1.1m, 1.2m, T0));

        Assert.Equal(RejectReason.UnknownAccount, unknown.Rejection?.Reason);
        Assert.Equal(RejectReason.UnknownAccount, deactivated.Rejection?.Reason);
        Assert.Equal(2, harness.Metrics.Snapshot().RejectedByReason[RejectReason.UnknownAccount]);
    }

    [Fact]
    public async Task ProcessAsync_LegacyBrokerLoginEnvelope_ResolvesThroughAccountMap()
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var account = await harness.AddAccountAsync("51234567");
        using var subscription = harness.Hub.Subscribe(MarketTopic.Group(GroupKeys.Prices(account, "XAUUSD")));

        var result = await harness.ProcessAsync(TestEvents.LegacyTick("51234567", "XAUUSD", 2650.12m, 2650.45m, T0));

        Assert.Equal(ProcessingOutcome.Applied, result.Outcome);
        Assert.Equal(account, ((QuoteUpdate)Assert.Single(subscription.Drain())).Tick.AccountId);
    }

    [Fact]
    public async Task ProcessAsync_GarbageBytes_RejectedWithReasonNotThrown()
    {
        await using var harness = await PipelineHarness.CreateAsync();

        var result = await harness.ProcessAsync(Encoding.UTF8.GetBytes("{\"event_id\": oops"));

        Assert.Equal(ProcessingOutcome.Rejected, result.Outcome);
        Assert.Equal(RejectReason.MalformedJson, result.Rejection?.Reason);
    }

    [Fact]
    public async Task ProcessAsync_DuplicatePositionClosedAfterRestart_StoredOnce()
    {
        using var database = new SqliteTestDatabase();
        var account = (await database.AddAccountAsync("51234567")).Id;
        var eventId = Guid.NewGuid();

        await using (var first = await PipelineHarness.CreateAsync(database))
        {
            Assert.Equal(ProcessingOutcome.Applied, (await first.ProcessAsync(TestEvents.PositionClosed(account, 555, eventId))).Outcome);
        }

        // A new process has an empty in-memory window: only the database inbox can catch this one.
        await using var restarted = await PipelineHarness.CreateAsync(database);
        var again = await restarted.ProcessAsync(TestEvents.PositionClosed(account, 555, eventId));

        Assert.Equal(ProcessingOutcome.Duplicate, again.Outcome);
        await using var db = database.CreateDbContext();
        var closed = await db.ClosedPositions.SingleAsync();
        Assert.Equal(1, await db.InboxMessages.CountAsync());
        Assert.Equal((555L, 0.10m, 1.08000m, 1.08250m, 25.00m, -0.70m, -0.12m), (closed.PositionId, closed.Volume, closed.OpenPrice, closed.ClosePrice, closed.Profit, closed.Commission, closed.Swap));
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("EUR\\udc00USD")]
    public async Task ProcessAsync_SymbolNotValidUnicode_RejectedNotThrown(string escapedSymbol)
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var account = await harness.AddAccountAsync("51234567");
        var json = Encoding.UTF8.GetString(TestEvents.Tick(account, "PLACEHOLDER", 1.1m, 1.2m, T0)).Replace("PLACEHOLDER", escapedSymbol, StringComparison.Ordinal);

        var result = await harness.ProcessAsync(Encoding.UTF8.GetBytes(json));

        Assert.Equal(RejectReason.MalformedJson, result.Rejection?.Reason);
    }

    [Fact]
    public async Task ProcessAsync_TimeMscInMicroseconds_RejectedAndStreamNotPoisoned()
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var account = await harness.AddAccountAsync("51234567");
        var micro = TestEvents.Tick(account, "EURUSD", 1.1m, 1.2m, T0);
        var json = Encoding.UTF8.GetString(micro).Replace($"\"time_msc\":{T0}", $"\"time_msc\":{T0 * 1000}", StringComparison.Ordinal);

        var rejected = await harness.ProcessAsync(Encoding.UTF8.GetBytes(json));
        var next = await harness.ProcessAsync(TestEvents.Tick(account, "EURUSD", 1.1001m, 1.2001m, T0 + 250));

        Assert.Equal(RejectReason.InvalidValue, rejected.Rejection?.Reason);
        Assert.Contains("time_msc", rejected.Rejection!.Detail, StringComparison.Ordinal);
        Assert.Equal(ProcessingOutcome.Applied, next.Outcome);
    }

    [Fact]
    public async Task ProcessAsync_OccurredAtFarInFuture_RejectedAndSnapshotsKeepFlowing()
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var account = await harness.AddAccountAsync("51234567");

        var future = await harness.ProcessAsync(TestEvents.AccountInfo(account, 1m, 1m, TestEvents.BaseTime.AddYears(50)));
        var now = await harness.ProcessAsync(TestEvents.AccountInfo(account, 2m, 2m, TestEvents.BaseTime));

        Assert.Equal(RejectReason.InvalidValue, future.Rejection?.Reason);
        Assert.Equal(ProcessingOutcome.Applied, now.Outcome);
    }

    [Fact]
    public async Task ProcessAsync_DatabaseUnavailable_RetriedNotDeadLetteredThenApplied()
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var account = await harness.AddAccountAsync("51234567");
        var closed = TestEvents.PositionClosed(account, 42, Guid.NewGuid());
        await using (var db = harness.Database.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE inbox_messages RENAME TO inbox_offline");
        }

        var whileDown = await harness.ProcessAsync(closed);
        await using (var db = harness.Database.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE inbox_offline RENAME TO inbox_messages");
        }

        var afterRecovery = await harness.ProcessAsync(closed);

        Assert.Equal(ProcessingOutcome.Retry, whileDown.Outcome);
        Assert.Equal(ProcessingOutcome.Applied, afterRecovery.Outcome);
        Assert.Equal(0, harness.Metrics.Snapshot().Rejected);
    }

    [Fact]
    public async Task ProcessAsync_FaultThatNeverClears_DeadLetteredAfterMaxAttempts()
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var account = await harness.AddAccountAsync("51234567");
        var closed = TestEvents.PositionClosed(account, 43, Guid.NewGuid());
        await using (var db = harness.Database.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("DROP TABLE closed_positions");
        }

        var outcomes = new List<ProcessingOutcome>();
        for (var i = 0; i < EventPipeline.MaxAttempts; i++)
        {
            outcomes.Add((await harness.ProcessAsync(closed)).Outcome);
        }

        Assert.Equal([.. Enumerable.Repeat(ProcessingOutcome.Retry, EventPipeline.MaxAttempts - 1), ProcessingOutcome.Rejected], outcomes);
    }
}

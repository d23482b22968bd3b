using System.Text.Json;
using TradingDashboard.Core.Events;
using TradingDashboard.Core.Simulation.Publishing;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Unit.Simulation.Publishing;

public class SimulatorEngineTests
{
    private static readonly DateTimeOffset T0 = SimulatorFixtures.Start.AddMilliseconds(250);
    private static readonly DateTimeOffset SendTime = SimulatorFixtures.Start.AddSeconds(5);

    [Fact]
    public void Step_First_EveryAccountGetsATickForEverySymbol()
    {
        var runtime = SimulatorFixtures.Runtime();

        var events = new SimulatorEngine(runtime).Step(T0);

        foreach (var login in new[] { "1001", "1002" })
        {
            var symbols = events.Where(e => e.Login == login && e.Type == EventTypes.PriceTick).Select(e => Tick(e).Payload.Symbol);
            Assert.Equal(runtime.Market.Symbols.Select(s => s.Name).Order(), symbols.Order());
        }
    }

    [Fact]
    public void Step_AccountWithInternalId_EnvelopeRoutedByUuidWithLoginAsSourceKey()
    {
        var tick = new SimulatorEngine(SimulatorFixtures.Runtime()).Step(T0).First(e => e.Login == "1001" && e.Type == EventTypes.PriceTick);

        var envelope = Tick(tick);

        Assert.Equal($"account.{SimulatorFixtures.FirstAccountId:D}.price.tick", tick.RoutingKey);
        Assert.Equal(SimulatorFixtures.FirstAccountId, envelope.InternalAccountId);
        Assert.Equal("1001", envelope.SourceAccountKey);
        Assert.Equal(("bridge-simulator", "MT5", 1, "price.tick"), (envelope.Source, envelope.Platform, envelope.EventVersion, envelope.Type));
        Assert.Equal(T0, envelope.OccurredAt);
        Assert.Equal(SendTime, envelope.SentAt);
        Assert.Equal(T0.ToUnixTimeMilliseconds(), envelope.Payload.TimeMsc);
        Assert.NotEqual(Guid.Empty, envelope.EventId);
    }

    [Fact]
    public void Step_AccountWithoutInternalId_RoutedByLoginAndNoInternalIdOnTheWire()
    {
        var tick = new SimulatorEngine(SimulatorFixtures.Runtime()).Step(T0).First(e => e.Login == "1002" && e.Type == EventTypes.PriceTick);

        using var json = JsonDocument.Parse(tick.Serialize(SendTime));

        Assert.Equal("account.1002.price.tick", tick.RoutingKey);
        Assert.False(json.RootElement.TryGetProperty("internal_account_id", out _));
        Assert.Equal("1002", json.RootElement.GetProperty("source_account_key").GetString());
        Assert.True(json.RootElement.GetProperty("payload").TryGetProperty("time_msc", out _));
    }

    [Fact]
    public void Step_MixedCaseSymbol_KeepsBrokerCasing()
    {
        var events = new SimulatorEngine(SimulatorFixtures.Runtime()).Step(T0);

        Assert.Contains(events.Where(e => e.Type == EventTypes.PriceTick), e => Tick(e).Payload.Symbol == "BTCUSD.a");
        Assert.Contains(events.Where(e => e.Type == EventTypes.CandleUpdate), e => Candle(e).Payload.Symbol == "BTCUSD.a");
    }

    [Fact]
    public void Step_Always_EveryEventHasItsOwnId()
    {
        var engine = new SimulatorEngine(SimulatorFixtures.Runtime());

        var events = Enumerable.Range(0, 20).SelectMany(i => engine.Step(T0.AddMilliseconds(250 * i))).ToList();
        var ids = events.Select(e => JsonDocument.Parse(e.Serialize(SendTime)).RootElement.GetProperty("event_id").GetGuid()).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Step_OverTime_AccountInfoEveryIntervalAndPositionsEveryInterval()
    {
        var engine = new SimulatorEngine(SimulatorFixtures.Runtime());
        var types = new Dictionary<double, string[]>();
        foreach (var seconds in new[] { 0.25, 0.5, 1.75, 2.0, 2.25 })
        {
            types[seconds] = [.. engine.Step(SimulatorFixtures.Start.AddSeconds(seconds))
                .Where(e => e.Login == "1001" && e.Type is EventTypes.AccountInfo or EventTypes.PositionsSnapshot).Select(e => e.Type)];
        }

        Assert.Equal([EventTypes.AccountInfo, EventTypes.PositionsSnapshot], types[0.25]);
        Assert.Empty(types[0.5]);
        Assert.Equal([EventTypes.AccountInfo], types[1.75]);
        Assert.Empty(types[2.0]);
        Assert.Equal([EventTypes.PositionsSnapshot], types[2.25]);
    }

    [Fact]
    public void Step_AccountInfo_MatchesBrokerValuationAndIsStored()
    {
        var runtime = SimulatorFixtures.Runtime();

        var info = new SimulatorEngine(runtime).Step(T0).Single(e => e.Login == "1001" && e.Type == EventTypes.AccountInfo);
        var payload = JsonSerializer.Deserialize(info.Serialize(SendTime), EventJsonContext.Default.EventEnvelopeAccountInfoPayload)!.Payload;

        var account = runtime.Broker.FindByLogin("1001")!;
        Assert.Equal(account.Valuate().Info, payload);
        Assert.Equal(T0, account.Stored!.StoredAt);
        Assert.Equal(payload.Balance + payload.Profit, payload.Equity);
    }

    [Fact]
    public void Step_PositionsSnapshot_ListsTheAccountsOpenPositions()
    {
        var snapshot = new SimulatorEngine(SimulatorFixtures.Runtime()).Step(T0).Single(e => e.Login == "1001" && e.Type == EventTypes.PositionsSnapshot);

        var payload = JsonSerializer.Deserialize(snapshot.Serialize(SendTime), EventJsonContext.Default.EventEnvelopePositionsSnapshotPayload)!.Payload;

        Assert.Equal([("EURUSD", 0), ("XAUUSD", 1)], payload.Positions.Select(p => (p.Symbol, p.Type)));
    }

    [Fact]
    public void Step_TerminalDisconnected_NothingForThatAccountUntilReconnectThenEverything()
    {
        var runtime = SimulatorFixtures.Runtime();
        var engine = new SimulatorEngine(runtime);
        engine.Step(T0);
        runtime.Broker.FindByLogin("1002")!.TerminalConnected = false;

        var whileDown = engine.Step(T0.AddSeconds(1));
        runtime.Broker.FindByLogin("1002")!.TerminalConnected = true;
        var afterReconnect = engine.Step(T0.AddSeconds(1.25)).Where(e => e.Login == "1002").ToList();

        Assert.DoesNotContain(whileDown, e => e.Login == "1002");
        Assert.Contains(whileDown, e => e.Login == "1001");
        Assert.Equal(runtime.Market.Symbols.Count, afterReconnect.Count(e => e.Type == EventTypes.PriceTick));
        Assert.Contains(afterReconnect, e => e.Type == EventTypes.AccountInfo);
    }

    [Fact]
    public void Step_PollerNotStarted_TicksButNoAccountEvents()
    {
        var events = new SimulatorEngine(SimulatorFixtures.Runtime(SimulatorFixtures.Options(autoStartPollers: false))).Step(T0);

        Assert.Contains(events, e => e.Type == EventTypes.PriceTick);
        Assert.DoesNotContain(events, e => e.Type is EventTypes.AccountInfo or EventTypes.PositionsSnapshot);
    }

    [Fact]
    public void Step_MinuteBoundary_EveryAccountGetsTheCompletedM1Bar()
    {
        var engine = new SimulatorEngine(SimulatorFixtures.Runtime());
        var events = new List<OutboundEvent>();
        for (var i = 1; i <= 300; i++)
        {
            events.AddRange(engine.Step(SimulatorFixtures.Start.AddMilliseconds(250 * i)));
        }

        var complete = events.Where(e => e.Type == EventTypes.CandleUpdate && e.MustDeliver).Select(e => (e.Login, Candle(e).Payload)).ToList();
        Assert.Contains(complete, c => c.Login == "1001" && c.Payload is { Symbol: "EURUSD", Timeframe: "M1", Complete: true } && c.Payload.Time == SimulatorFixtures.Start.ToUnixTimeSeconds());
        Assert.Contains(complete, c => c.Login == "1002" && c.Payload is { Symbol: "EURUSD", Timeframe: "M1", Complete: true } && c.Payload.Time == SimulatorFixtures.Start.ToUnixTimeSeconds());
    }

    private static Core.Events.EventEnvelope<Core.Events.Payloads.PriceTickPayload> Tick(OutboundEvent e) =>
        JsonSerializer.Deserialize(e.Serialize(SendTime), EventJsonContext.Default.EventEnvelopePriceTickPayload)!;

    private static Core.Events.EventEnvelope<Core.Events.Payloads.CandleUpdatePayload> Candle(OutboundEvent e) =>
        JsonSerializer.Deserialize(e.Serialize(SendTime), EventJsonContext.Default.EventEnvelopeCandleUpdatePayload)!;
}

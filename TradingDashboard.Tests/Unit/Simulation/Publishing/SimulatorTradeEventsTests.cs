using System.Text.Json;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Events;
using TradingDashboard.Core.Simulation.Accounts;
using TradingDashboard.Core.Simulation.Publishing;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Unit.Simulation.Publishing;

public class SimulatorTradeEventsTests
{
    private static readonly DateTimeOffset T0 = SimulatorFixtures.Start.AddMilliseconds(250);
    private static readonly DateTimeOffset T1 = T0.AddMilliseconds(250);

    [Fact]
    public void Step_AfterAFullClose_PositionClosedWithEveryDealThenInfoAndSnapshotAtOnce()
    {
        var runtime = SimulatorFixtures.Runtime();
        var engine = new SimulatorEngine(runtime);
        engine.Step(T0);
        var account = runtime.Broker.FindByLogin("1001")!;
        var ticket = account.Book.Valuate().Positions.Single(p => p.Symbol == "EURUSD").Ticket;
        var close = account.Book.Close(new BrokerCloseRequest(ticket, null, "td1:close"));

        var events = engine.Step(T1).Where(e => e.Login == "1001" && e.Type is EventTypes.PositionClosed or EventTypes.AccountInfo or EventTypes.PositionsSnapshot).ToList();

        Assert.Equal([EventTypes.PositionClosed, EventTypes.AccountInfo, EventTypes.PositionsSnapshot], events.Select(e => e.Type));
        var closed = events[0];
        Assert.True(closed.MustDeliver);
        Assert.Equal($"account.{SimulatorFixtures.FirstAccountId:D}.position.closed", closed.RoutingKey);
        var payload = JsonSerializer.Deserialize(closed.Serialize(T1), EventJsonContext.Default.EventEnvelopePositionClosedPayload)!.Payload;
        Assert.Equal((ticket, "EURUSD"), (payload.PositionId, payload.Symbol));
        Assert.Equal([0, 1], payload.Deals.Select(d => d.Entry));
        Assert.Equal((close.DealTicket!.Value, "td1:close", close.Price!.Value, 0), (payload.Deals[1].Ticket, payload.Deals[1].Comment, payload.Deals[1].Price, payload.Deals[1].Reason));
        Assert.All(payload.Deals, d => Assert.Equal(ticket, d.PositionId));
    }

    [Fact]
    public void Step_AfterAPartialClose_SnapshotButNoPositionClosed()
    {
        var runtime = SimulatorFixtures.Runtime();
        var engine = new SimulatorEngine(runtime);
        engine.Step(T0);
        var book = runtime.Broker.FindByLogin("1001")!.Book;
        book.Close(new BrokerCloseRequest(book.Valuate().Positions.Single(p => p.Symbol == "EURUSD").Ticket, 0.05m, "td1:part"));

        var types = engine.Step(T1).Where(e => e.Login == "1001").Select(e => e.Type).ToList();

        Assert.DoesNotContain(EventTypes.PositionClosed, types);
        Assert.Contains(EventTypes.PositionsSnapshot, types);
    }

    [Fact]
    public void Step_AfterOpeningWithStops_SnapshotRecordCarriesSlAndTp()
    {
        var runtime = SimulatorFixtures.Runtime();
        var engine = new SimulatorEngine(runtime);
        engine.Step(T0);
        var book = runtime.Broker.FindByLogin("1001")!.Book;
        var symbol = SimulatorSymbols.Describe(runtime.Market.FindSymbol("EURUSD")!, "USD", runtime.Market.Quotes);
        var bid = book.Valuate().Positions.Single(p => p.Symbol == "EURUSD").PriceCurrent;
        var (sl, tp) = (bid - 0.01000m, bid + 0.01000m);
        var ticket = book.Place(new BrokerOrderRequest("EURUSD", PositionSide.Buy, OrderType.Market, 0.10m, null, sl, tp, "td1:stops"), symbol).PositionTicket;

        var snapshot = engine.Step(T1).Single(e => e.Login == "1001" && e.Type == EventTypes.PositionsSnapshot);

        var record = JsonSerializer.Deserialize(snapshot.Serialize(T1), EventJsonContext.Default.EventEnvelopePositionsSnapshotPayload)!.Payload.Positions.Single(p => p.Ticket == ticket);
        Assert.Equal((sl, tp, "td1:stops"), (record.Sl, record.Tp, record.Comment));
    }

    [Fact]
    public void Step_TerminalDisconnected_ClosureWaitsInTheBookUntilReconnect()
    {
        var runtime = SimulatorFixtures.Runtime();
        var engine = new SimulatorEngine(runtime);
        engine.Step(T0);
        var account = runtime.Broker.FindByLogin("1002")!;
        account.TerminalConnected = false;
        account.Book.Close(new BrokerCloseRequest(account.Book.Valuate().Positions.Single().Ticket, null, "td1:offline"));

        var whileDown = engine.Step(T1);
        account.TerminalConnected = true;
        var afterReconnect = engine.Step(T1.AddMilliseconds(250));

        Assert.DoesNotContain(whileDown, e => e.Type == EventTypes.PositionClosed);
        Assert.Single(afterReconnect, e => e.Login == "1002" && e.Type == EventTypes.PositionClosed);
    }

    [Fact]
    public void Step_QuotesReachAStop_TheEngineClosesThePositionWithReasonSlOrTp()
    {
        // A very volatile market (seeded, so repeatable) reaches a stop 50 points away within a few steps.
        var options = SimulatorFixtures.Options();
        options.VolatilityMultiplier = 1000;
        var runtime = SimulatorFixtures.Runtime(options);
        var engine = new SimulatorEngine(runtime);
        engine.Step(T0);
        var book = runtime.Broker.FindByLogin("1001")!.Book;
        Assert.True(runtime.Market.Quotes.TryGetQuote("EURUSD", out var quote));
        var symbol = SimulatorSymbols.Describe(quote.Symbol, "USD", runtime.Market.Quotes);
        var (sl, tp) = (quote.Bid - 0.00050m, quote.Bid + 0.00050m);
        var ticket = book.Place(new BrokerOrderRequest("EURUSD", PositionSide.Buy, OrderType.Market, 0.10m, null, sl, tp, "td1:stops"), symbol).PositionTicket;

        var closedEvent = Enumerable.Range(1, 40)
            .SelectMany(i => engine.Step(T0.AddMilliseconds(250 * i)))
            .First(e => e.Login == "1001" && e.Type == EventTypes.PositionClosed);

        var payload = JsonSerializer.Deserialize(closedEvent.Serialize(T1), EventJsonContext.Default.EventEnvelopePositionClosedPayload)!.Payload;
        var exit = payload.Deals[^1];
        Assert.Equal(ticket, payload.PositionId);
        Assert.Equal(exit.Price <= sl ? (int)DealReason.StopLoss : (int)DealReason.TakeProfit, exit.Reason);
        Assert.True(exit.Price <= sl || exit.Price >= tp, $"exit {exit.Price} between {sl} and {tp}");
        Assert.DoesNotContain(book.Valuate().Positions, p => p.Ticket == ticket);
    }
}

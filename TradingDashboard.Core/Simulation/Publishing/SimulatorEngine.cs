using TradingDashboard.Core.Simulation.Accounts;
using TradingDashboard.Core.Simulation.Market;

namespace TradingDashboard.Core.Simulation.Publishing;

/// <summary>
/// One simulation step: move the market, build bars, let every account's trading book react to
/// the new quotes (SL/TP, pending orders), and produce every account's events in order (ticks,
/// bars, closed positions, then account info and positions when due, or at once after a trade).
/// Single-threaded by design; trade requests reach the books from other threads.
/// </summary>
internal sealed class SimulatorEngine(SimulatorRuntime runtime)
{
    private readonly Dictionary<string, AccountSchedule> _schedules = new(StringComparer.Ordinal);
    private readonly TimeSpan _infoInterval = TimeSpan.FromMilliseconds(runtime.Options.AccountInfoIntervalMs);
    private readonly TimeSpan _positionsInterval = TimeSpan.FromMilliseconds(runtime.Options.PositionsIntervalMs);

    public IReadOnlyList<OutboundEvent> Step(DateTimeOffset now)
    {
        var quotes = runtime.Market.Advance(now);
        var candles = runtime.Candles.Apply(quotes, now);
        var tradingQuotes = quotes.Select(SimulatorTradingMarket.ToBroker).ToList();
        foreach (var account in runtime.Broker.Accounts)
        {
            // The trade server executes stops whether or not the terminal is connected.
            account.Book.OnQuotes(tradingQuotes);
        }

        var events = new List<OutboundEvent>();
        foreach (var account in runtime.Broker.Accounts)
        {
            var schedule = ScheduleOf(account.Login);
            if (!account.TerminalConnected)
            {
                schedule.Reset();
                schedule.NeedsAllQuotes = true;
                continue;
            }

            var accountQuotes = schedule.NeedsAllQuotes ? AllQuotes() : quotes;
            schedule.NeedsAllQuotes = false;
            events.AddRange(accountQuotes.Select(q => SimulatorEventFactory.Tick(account, q)));
            events.AddRange(candles.Select(c => SimulatorEventFactory.Candle(account, c, now)));
            if (runtime.Headless.PollerStartedAt(account.Login) is null)
            {
                schedule.Reset();
                continue;
            }

            AddTradeEvents(account, schedule, now, events);
            AddAccountEvents(account, schedule, now, events);
        }

        return events;
    }

    // Drained only while the account publishes, so closures wait in the book through a disconnect.
    private static void AddTradeEvents(SimulatedAccount account, AccountSchedule schedule, DateTimeOffset now, List<OutboundEvent> events)
    {
        var changes = account.Book.DrainChanges();
        if (changes.Changed || changes.Closed.Count > 0)
        {
            schedule.Reset();
        }

        events.AddRange(changes.Closed.Select(c => SimulatorEventFactory.PositionClosed(account, c, now)));
    }

    private void AddAccountEvents(SimulatedAccount account, AccountSchedule schedule, DateTimeOffset now, List<OutboundEvent> events)
    {
        var infoDue = now >= schedule.NextInfo;
        var positionsDue = now >= schedule.NextPositions;
        if (!infoDue && !positionsDue)
        {
            return;
        }

        var valuation = account.Valuate();
        if (infoDue)
        {
            events.Add(SimulatorEventFactory.AccountInfo(account, valuation.Info, now));
            account.Store(valuation.Info, now);
            schedule.NextInfo = now + _infoInterval;
        }

        if (positionsDue)
        {
            events.Add(SimulatorEventFactory.Positions(account, valuation.Positions, now));
            schedule.NextPositions = now + _positionsInterval;
        }
    }

    private List<MarketQuote> AllQuotes() =>
        [.. runtime.Market.Symbols.Select(s => runtime.Market.Quotes.TryGetQuote(s.Name, out var q) ? q : null).OfType<MarketQuote>()];

    private AccountSchedule ScheduleOf(string login)
    {
        if (!_schedules.TryGetValue(login, out var schedule))
        {
            schedule = new AccountSchedule();
            _schedules.Add(login, schedule);
        }

        return schedule;
    }
}

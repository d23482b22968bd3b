using TradingDashboard.Core.Simulation.Accounts;
using TradingDashboard.Core.Simulation.Bridge;
using TradingDashboard.Core.Simulation.Candles;
using TradingDashboard.Core.Simulation.Market;
using TradingDashboard.Core.Simulation.Replay;

namespace TradingDashboard.Core.Simulation;

/// <summary>The simulator's shared state: market, bars, broker and headless bookkeeping, built once per process.</summary>
internal sealed class SimulatorRuntime(SimulatorOptions options, MarketSimulator market, CandleBook candles, SimulatedBroker broker, HeadlessState headless, DateTimeOffset startedAt, int replayBars)
{
    public SimulatorOptions Options { get; } = options;

    public MarketSimulator Market { get; } = market;

    /// <summary>Every symbol's bars: built by the publish loop, read by the <c>rates</c> endpoint.</summary>
    public CandleBook Candles { get; } = candles;

    public SimulatedBroker Broker { get; } = broker;

    public HeadlessState Headless { get; } = headless;

    public DateTimeOffset StartedAt { get; } = startedAt;

    /// <summary>Bars loaded from <see cref="ReplayOptions.Path"/>; 0 when replay is off.</summary>
    public int ReplayBars { get; } = replayBars;

    public static SimulatorRuntime Create(SimulatorOptions options, TimeProvider time)
    {
        var start = time.GetUtcNow();
        var random = options.Seed is { } seed ? new Random(seed) : new Random();
        var replay = string.IsNullOrWhiteSpace(options.Replay.Path) ? [] : ReplayCsvParser.Load(options.Replay.Path);
        var market = MarketSimulator.Create(options, replay, random, start);
        var candles = new CandleBook(TimeSpan.FromMilliseconds(options.CandleRevisionIntervalMs));
        Backfill(candles, market, options, replay.Count > 0 ? options.Replay.Symbol : null, start);
        var accounts = options.Accounts.Count > 0 ? [.. options.Accounts] : SimulatorDefaults.Accounts();
        var broker = SimulatedBroker.Open(accounts, options.Trading, market, time);
        var headless = new HeadlessState();
        if (options.AutoStartPollers)
        {
            foreach (var account in broker.Accounts)
            {
                headless.TryStartPoller(account.Login, start, out _);
            }
        }

        return new SimulatorRuntime(options, market, candles, broker, headless, start, replay.Count);
    }

    // The replayed symbol's past is its file, played live; it gets no invented history.
    private static void Backfill(CandleBook candles, MarketSimulator market, SimulatorOptions options, string? replayed, DateTimeOffset start)
    {
        if (options.HistoryDays == 0)
        {
            return;
        }

        // Its own generator, so a seeded run's live path is the same with or without history.
        var random = options.Seed is { } seed ? new Random(seed ^ 0x5EED) : new Random();
        var ticksPerStep = Math.Max(1, (long)Math.Round(options.TicksPerSecond * 15));
        foreach (var symbol in market.Symbols)
        {
            if (string.Equals(symbol.Name, replayed, StringComparison.OrdinalIgnoreCase) || !market.Quotes.TryGetQuote(symbol.Name, out var quote))
            {
                continue;
            }

            var history = HistoryBackfill.Generate(
                symbol, quote.Bid, start, options.HistoryDays * 24 * 60, symbol.AnnualVolatility * options.VolatilityMultiplier,
                ticksPerStep, random, CandleBook.DefaultHistoryCapacity);
            candles.Backfill(symbol.Name, history);
        }
    }
}

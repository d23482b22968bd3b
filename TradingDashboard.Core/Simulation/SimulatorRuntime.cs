using TradingDashboard.Core.Simulation.Accounts;
using TradingDashboard.Core.Simulation.Bridge;
using TradingDashboard.Core.Simulation.Market;
using TradingDashboard.Core.Simulation.Replay;

namespace TradingDashboard.Core.Simulation;

/// <summary>The simulator's shared state: market, broker and headless bookkeeping, built once per process.</summary>
internal sealed class SimulatorRuntime(SimulatorOptions options, MarketSimulator market, SimulatedBroker broker, HeadlessState headless, DateTimeOffset startedAt, int replayBars)
{
    public SimulatorOptions Options { get; } = options;

    public MarketSimulator Market { get; } = market;

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
        var accounts = options.Accounts.Count > 0 ? [.. options.Accounts] : SimulatorDefaults.Accounts();
        var broker = SimulatedBroker.Open(accounts, market, start);
        var headless = new HeadlessState();
        if (options.AutoStartPollers)
        {
            foreach (var account in broker.Accounts)
            {
                headless.TryStartPoller(account.Login, start, out _);
            }
        }

        return new SimulatorRuntime(options, market, broker, headless, start, replay.Count);
    }
}

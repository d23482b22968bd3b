using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Simulation.Accounts;

namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>The headless control side of the simulated bridge (<c>/mt5/headless/...</c>).</summary>
public sealed class HeadlessControl
{
    private static readonly string TimeframeNames = string.Join(", ", Enum.GetNames<Timeframe>());

    private readonly SimulatorRuntime _runtime;
    private readonly TimeProvider _time;

    internal HeadlessControl(SimulatorRuntime runtime, TimeProvider time)
    {
        _runtime = runtime;
        _time = time;
    }

    /// <summary>Starts the account's poller; a second start reports <c>already_running</c>.</summary>
    public BridgeOutcome<PollerStatus> StartPoller(AccountRequest? request)
    {
        var lookup = _runtime.Broker.Resolve(request?.InternalAccountId, request?.Login);
        if (!lookup.IsSuccess)
        {
            return Fail<PollerStatus>(lookup);
        }

        var account = lookup.Value;
        var started = _runtime.Headless.TryStartPoller(account.Login, _time.GetUtcNow(), out var startedAt);
        return BridgeOutcomes.Ok(new PollerStatus(account.InternalAccountId, account.Login, Active: true, AlreadyRunning: !started, startedAt));
    }

    public BridgeOutcome<SubscriptionChange> SubscribePrice(SubscriptionRequest? request) => Change(request, SubscriptionKind.Price, subscribe: true);

    /// <remarks>Releasing a subscription with a count of zero is a <see cref="BridgeErrorCode.Conflict"/>; the count never goes negative.</remarks>
    public BridgeOutcome<SubscriptionChange> UnsubscribePrice(SubscriptionRequest? request) => Change(request, SubscriptionKind.Price, subscribe: false);

    public BridgeOutcome<SubscriptionChange> SubscribeCandles(SubscriptionRequest? request) => Change(request, SubscriptionKind.Candles, subscribe: true);

    /// <inheritdoc cref="UnsubscribePrice"/>
    public BridgeOutcome<SubscriptionChange> UnsubscribeCandles(SubscriptionRequest? request) => Change(request, SubscriptionKind.Candles, subscribe: false);

    /// <param name="accountKey">The internal account UUID, or a broker login.</param>
    public BridgeOutcome<HeadlessDiagnostics> GetDiagnostics(string accountKey)
    {
        if (_runtime.Broker.FindByKey(accountKey) is not { } account)
        {
            return BridgeOutcomes.NotFound<HeadlessDiagnostics>($"No simulated account has internal_account_id or login {accountKey}.");
        }

        var held = _runtime.Headless.Subscriptions.For(account.Login);
        var activity = _runtime.Headless.Activity(account.Login);
        var startedAt = _runtime.Headless.PollerStartedAt(account.Login);
        return BridgeOutcomes.Ok(new HeadlessDiagnostics(
            account.InternalAccountId,
            account.Login,
            PollerActive: startedAt is not null,
            startedAt,
            account.TerminalConnected,
            [.. held.Where(h => h.Key.Kind == SubscriptionKind.Price).Select(h => new SubscriptionCount(h.Key.Symbol, null, h.Value))],
            [.. held.Where(h => h.Key.Kind == SubscriptionKind.Candles).Select(h => new SubscriptionCount(h.Key.Symbol, h.Key.Timeframe?.ToString(), h.Value))],
            activity.LastPublishAt,
            activity.Published,
            activity.Failures,
            _time.GetUtcNow()));
    }

    private BridgeOutcome<SubscriptionChange> Change(SubscriptionRequest? request, SubscriptionKind kind, bool subscribe)
    {
        if (request is null)
        {
            return BridgeOutcomes.Invalid<SubscriptionChange>("A JSON body is required.");
        }

        if (string.IsNullOrWhiteSpace(request.Symbol))
        {
            return BridgeOutcomes.Invalid<SubscriptionChange>("symbol is required.");
        }

        if (_runtime.Market.FindSymbol(request.Symbol.Trim()) is not { } symbol)
        {
            var known = string.Join(", ", _runtime.Market.Symbols.Select(s => s.Name));
            return BridgeOutcomes.Invalid<SubscriptionChange>($"Unknown symbol '{request.Symbol}'. Simulated symbols: {known}.");
        }

        Timeframe? timeframe = null;
        if (kind == SubscriptionKind.Candles)
        {
            if (!TimeframeExtensions.TryParse(request.Timeframe?.Trim(), out var parsed))
            {
                return BridgeOutcomes.Invalid<SubscriptionChange>(string.IsNullOrWhiteSpace(request.Timeframe)
                    ? $"timeframe is required for candle subscriptions ({TimeframeNames})."
                    : $"Unknown timeframe '{request.Timeframe}'. Expected one of {TimeframeNames}.");
            }

            timeframe = parsed;
        }

        var lookup = _runtime.Broker.Resolve(request.InternalAccountId, request.Login);
        if (!lookup.IsSuccess)
        {
            return Fail<SubscriptionChange>(lookup);
        }

        var account = lookup.Value;
        var key = new SubscriptionKey(account.Login, kind, symbol.Name, timeframe);
        var count = subscribe ? _runtime.Headless.Subscriptions.Add(key) : _runtime.Headless.Subscriptions.Release(key);
        if (count is null)
        {
            return BridgeOutcomes.Conflict<SubscriptionChange>(
                $"No {KindName(kind)} subscription to release for {symbol.Name}{(timeframe is null ? "" : " " + timeframe)} on login {account.Login}.");
        }

        return BridgeOutcomes.Ok(new SubscriptionChange(
            account.InternalAccountId, account.Login, KindName(kind), symbol.Name, timeframe?.ToString(), count.Value, count.Value > 0));
    }

    private static string KindName(SubscriptionKind kind) => kind == SubscriptionKind.Price ? "price" : "candles";

    private static BridgeOutcome<T> Fail<T>(BridgeOutcome<SimulatedAccount> lookup) where T : class => new(null, lookup.Error, lookup.Message);
}

namespace TradingDashboard.Core.Simulation.Bridge.Faults;

/// <summary>
/// Faults injected into the simulated bridge's trading calls and trading reads, for tests:
/// errors, latency, or accepting an order and then not answering in time. Market data
/// publishing never sees them. Thread-safe.
/// </summary>
public sealed class SimulatorFaults
{
    public const int MaxLatencyMs = 600_000;

    private readonly Lock _gate = new();
    private readonly SimulatorRuntime _runtime;
    private FaultMode _mode;
    private string? _login;
    private TimeSpan _latency;
    private int? _remaining;

    internal SimulatorFaults(SimulatorRuntime runtime) => _runtime = runtime;

    /// <summary>The fault now in force.</summary>
    public FaultRequest Current
    {
        get
        {
            lock (_gate)
            {
                return Describe();
            }
        }
    }

    /// <summary>Replaces the fault in force; <c>none</c> resets.</summary>
    public BridgeOutcome<FaultRequest> Set(FaultRequest? request)
    {
        if (FaultModes.Parse(request?.Mode) is not { } mode)
        {
            return BridgeOutcomes.Invalid<FaultRequest>("mode is required: none, error, latency or accept_then_timeout.");
        }

        var latency = request!.LatencyMs ?? 0;
        if (mode is FaultMode.Latency or FaultMode.AcceptThenTimeout && (latency is < 1 or > MaxLatencyMs))
        {
            return BridgeOutcomes.Invalid<FaultRequest>($"latency_ms must be between 1 and {MaxLatencyMs} for {FaultModes.Name(mode)}.");
        }

        if (request.Count is < 0)
        {
            return BridgeOutcomes.Invalid<FaultRequest>("count cannot be negative (0 = until reset).");
        }

        string? login = null;
        if (!string.IsNullOrWhiteSpace(request.Login))
        {
            if (_runtime.Broker.FindByKey(request.Login.Trim()) is not { } account)
            {
                return BridgeOutcomes.Invalid<FaultRequest>($"No simulated account has login {request.Login}.");
            }

            login = account.Login;
        }

        lock (_gate)
        {
            _mode = mode;
            _login = mode == FaultMode.None ? null : login;
            _latency = mode is FaultMode.Latency or FaultMode.AcceptThenTimeout ? TimeSpan.FromMilliseconds(latency) : TimeSpan.Zero;
            _remaining = mode == FaultMode.None || request.Count is null or 0 ? null : request.Count;
            return BridgeOutcomes.Ok(Describe());
        }
    }

    /// <summary>
    /// The fault this call suffers, counted against <see cref="FaultRequest.Count"/>; null when
    /// none applies or the account is unknown (the call then answers 404 as usual).
    /// <c>accept_then_timeout</c> applies to trade requests only, so reconciling reads still work.
    /// </summary>
    public FaultDecision? Take(string accountKey, bool tradeRequest)
    {
        if (_runtime.Broker.FindByKey(accountKey) is not { } account)
        {
            return null;
        }

        lock (_gate)
        {
            if (_mode == FaultMode.None
                || (_login is not null && !string.Equals(_login, account.Login, StringComparison.Ordinal))
                || (_mode == FaultMode.AcceptThenTimeout && !tradeRequest))
            {
                return null;
            }

            var decision = new FaultDecision(_mode, _latency);
            if (_remaining is { } remaining && (_remaining = remaining - 1) == 0)
            {
                (_mode, _login, _latency, _remaining) = (FaultMode.None, null, TimeSpan.Zero, null);
            }

            return decision;
        }
    }

    private FaultRequest Describe() => new(FaultModes.Name(_mode), _login, (int)_latency.TotalMilliseconds, _remaining ?? 0);
}

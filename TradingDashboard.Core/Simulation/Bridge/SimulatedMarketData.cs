using System.Globalization;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Simulation.Market;

namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>The simulated bridge's market data: <c>rates</c> (bar history) and the account's symbols.</summary>
public sealed class SimulatedMarketData
{
    public const int DefaultCount = 500;
    public const int MaxCount = 5000;

    private static readonly string TimeframeNames = string.Join(", ", Enum.GetNames<Timeframe>());

    private readonly SimulatorRuntime _runtime;
    private readonly TimeProvider _time;

    internal SimulatedMarketData(SimulatorRuntime runtime, TimeProvider time)
    {
        _runtime = runtime;
        _time = time;
    }

    /// <summary>The last <paramref name="count"/> bars (default <see cref="DefaultCount"/>), oldest first, the forming bar last.</summary>
    /// <remarks>Unknown login or symbol: <see cref="BridgeErrorCode.NotFound"/>; a missing symbol, bad timeframe or count: <see cref="BridgeErrorCode.Invalid"/>.</remarks>
    public BridgeOutcome<BridgeRates> GetRates(string login, string? symbol, string? timeframe, string? count)
    {
        if (string.IsNullOrWhiteSpace(symbol))
        {
            return BridgeOutcomes.Invalid<BridgeRates>("symbol is required.");
        }

        if (!TimeframeExtensions.TryParse(timeframe?.Trim(), out var parsed))
        {
            return BridgeOutcomes.Invalid<BridgeRates>(string.IsNullOrWhiteSpace(timeframe)
                ? $"timeframe is required ({TimeframeNames})."
                : $"Unknown timeframe '{timeframe}'. Expected one of {TimeframeNames}.");
        }

        var bars = DefaultCount;
        if (!string.IsNullOrWhiteSpace(count)
            && (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out bars) || bars is < 1 or > MaxCount))
        {
            return BridgeOutcomes.Invalid<BridgeRates>($"count must be a whole number from 1 to {MaxCount}, not '{count}'.");
        }

        if (_runtime.Broker.FindByKey(login) is not { } account)
        {
            return BridgeOutcomes.NotFound<BridgeRates>($"No simulated account has login {login}.");
        }

        if (_runtime.Market.FindSymbol(symbol.Trim()) is not { } spec)
        {
            return BridgeOutcomes.NotFound<BridgeRates>($"Unknown symbol '{symbol}'. Simulated symbols: {string.Join(", ", _runtime.Market.Symbols.Select(s => s.Name))}.");
        }

        var rates = _runtime.Candles.Rates(spec.Name, parsed, bars)
            .Select(r => new BridgeRate(r.Bar.Time.ToUnixTimeSeconds(), r.Bar.Open, r.Bar.High, r.Bar.Low, r.Bar.Close, r.Bar.TickVolume, r.Bar.Spread, 0, r.Complete))
            .ToList();
        return BridgeOutcomes.Ok(new BridgeRates(account.Login, spec.Name, parsed.ToString(), spec.Digits, rates.Count, rates, _time.GetUtcNow()));
    }

    public BridgeOutcome<BridgeSymbols> GetSymbols(string login)
    {
        if (_runtime.Broker.FindByKey(login) is not { } account)
        {
            return BridgeOutcomes.NotFound<BridgeSymbols>($"No simulated account has login {login}.");
        }

        var symbols = _runtime.Market.Symbols.Select(Describe).ToList();
        return BridgeOutcomes.Ok(new BridgeSymbols(account.Login, symbols, symbols.Count, _time.GetUtcNow()));
    }

    private BridgeSymbol Describe(SymbolSpec spec)
    {
        var spread = _runtime.Market.Quotes.TryGetQuote(spec.Name, out var quote) ? quote.SpreadPoints : spec.BaseSpreadPoints;
        return new BridgeSymbol(spec.Name, SymbolDescriptions.Of(spec), spec.Digits, spec.Point, spread, spec.BaseCurrency, spec.ProfitCurrency, spec.ContractSize);
    }
}

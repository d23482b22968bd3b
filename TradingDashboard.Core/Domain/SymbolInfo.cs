namespace TradingDashboard.Core.Domain;

/// <summary>
/// A broker's trading specification of one symbol, as MT5 reports it in <c>SymbolInfo*</c>.
/// <see cref="TickValue"/> is a snapshot: for a symbol whose profit currency is not the account
/// currency (USDJPY on a USD account) MT5 recomputes it from the current conversion rate.
/// </summary>
/// <param name="Name">Broker name with its casing (<c>BTCUSD.a</c>).</param>
/// <param name="Digits">Decimals of the quote (<c>SYMBOL_DIGITS</c>).</param>
/// <param name="Point">One point, 10^-digits (<c>SYMBOL_POINT</c>).</param>
/// <param name="TickSize">Smallest price change (<c>SYMBOL_TRADE_TICK_SIZE</c>), a multiple of the point.</param>
/// <param name="TickValue">Account-currency value of one tick for one lot (<c>SYMBOL_TRADE_TICK_VALUE</c>).</param>
/// <param name="ContractSize">Units of the base asset in one lot (<c>SYMBOL_TRADE_CONTRACT_SIZE</c>).</param>
/// <param name="StopsLevel">Minimum distance of SL/TP from the price, in points (<c>SYMBOL_TRADE_STOPS_LEVEL</c>).</param>
/// <param name="ProfitCurrency">Currency in which P/L is first computed before conversion to the account's.</param>
public sealed record SymbolInfo(
    string Name,
    int Digits,
    decimal Point,
    decimal TickSize,
    decimal TickValue,
    decimal ContractSize,
    decimal VolumeMin,
    decimal VolumeMax,
    decimal VolumeStep,
    int StopsLevel,
    string BaseCurrency,
    string ProfitCurrency,
    string MarginCurrency)
{
    public string Name { get; init; } = !string.IsNullOrWhiteSpace(Name)
        ? Name
        : throw new ArgumentException("Symbol name is required.", nameof(Name));

    public int Digits { get; init; } = Digits is >= 0 and <= 8
        ? Digits
        : throw new ArgumentException($"Digits must be 0-8, got {Digits}.", nameof(Digits));

    public decimal Point { get; init; } = Positive(Point, nameof(Point));

    public decimal TickSize { get; init; } = Positive(TickSize, nameof(TickSize));

    public decimal TickValue { get; init; } = Positive(TickValue, nameof(TickValue));

    public decimal ContractSize { get; init; } = Positive(ContractSize, nameof(ContractSize));

    public decimal VolumeMin { get; init; } = Positive(VolumeMin, nameof(VolumeMin));

    public decimal VolumeMax { get; init; } = VolumeMax >= VolumeMin
        ? VolumeMax
        : throw new ArgumentException($"VolumeMax ({VolumeMax}) must not be below VolumeMin ({VolumeMin}).", nameof(VolumeMax));

    public decimal VolumeStep { get; init; } = Positive(VolumeStep, nameof(VolumeStep));

    public int StopsLevel { get; init; } = StopsLevel >= 0
        ? StopsLevel
        : throw new ArgumentException($"StopsLevel must not be negative, got {StopsLevel}.", nameof(StopsLevel));

    private static decimal Positive(decimal value, string name) =>
        value > 0m ? value : throw new ArgumentException($"{name} must be positive, got {value}.", name);
}

using System.Globalization;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Components.Shared;

/// <summary>One market watch line: the latest quote of a symbol, its inferred digits and last moves.</summary>
/// <remarks>
/// Digits are not on the wire yet, so they are inferred from the decimal scale of the prices seen
/// (1.08450 has scale 5). The largest scale seen wins, so a quote that happens to end in zero
/// (1.0845) does not shorten the display.
/// </remarks>
public sealed class QuoteRow(string symbol)
{
    /// <summary>MT5 symbols carry at most 8 digits; anything longer is floating-point noise from the sender.</summary>
    public const int MaxDigits = 8;

    public string Symbol { get; } = symbol;

    public int Digits { get; private set; }

    public decimal Bid { get; private set; }

    public decimal Ask { get; private set; }

    public decimal Change { get; private set; }

    public decimal ChangePercent { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>Direction of the last bid move: 1 up, -1 down, 0 none yet.</summary>
    public int BidMove { get; private set; }

    public int AskMove { get; private set; }

    /// <summary>Counts bid moves, so the flash class alternates and the CSS animation restarts on every move.</summary>
    public int BidMoves { get; private set; }

    public int AskMoves { get; private set; }

    public decimal SpreadPoints => (Ask - Bid) * Pow10(Digits);

    public void Apply(QuoteUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var tick = update.Tick;
        if (ReceivedAt != default)
        {
            (BidMove, BidMoves) = Move(Bid, tick.Bid, BidMove, BidMoves);
            (AskMove, AskMoves) = Move(Ask, tick.Ask, AskMove, AskMoves);
        }

        Digits = Math.Min(MaxDigits, Math.Max(Digits, Math.Max(tick.Bid.Scale, tick.Ask.Scale)));
        Bid = tick.Bid;
        Ask = tick.Ask;
        Change = update.Change;
        ChangePercent = update.ChangePercent;
        ReceivedAt = update.ReceivedAt;
    }

    public string FormatPrice(decimal price) => price.ToString("F" + Digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public string FormatSpread() => Math.Round(SpreadPoints, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);

    public string FormatChange() => Sign(Change) + FormatPrice(Math.Abs(Change));

    /// <summary>"+0.42%"; the sign follows the change itself, so a tiny fall reads "-0.00%", matching its red colour.</summary>
    public string FormatChangePercent() =>
        string.Create(CultureInfo.InvariantCulture, $"{Sign(Change)}{Math.Abs(ChangePercent):0.00}%");

    /// <summary>CSS class flashing the bid cell after a move; empty before the first move.</summary>
    public string BidFlashClass => FlashClass(BidMove, BidMoves);

    public string AskFlashClass => FlashClass(AskMove, AskMoves);

    private static string Sign(decimal value) => value switch
    {
        > 0 => "+",
        < 0 => "-",
        _ => string.Empty,
    };

    private static (int Direction, int Count) Move(decimal previous, decimal current, int direction, int count) =>
        current == previous ? (direction, count) : (current > previous ? 1 : -1, count + 1);

    private static string FlashClass(int direction, int count) => direction switch
    {
        > 0 => count % 2 == 0 ? "tick-up-a" : "tick-up-b",
        < 0 => count % 2 == 0 ? "tick-down-a" : "tick-down-b",
        _ => string.Empty,
    };

    private static decimal Pow10(int digits)
    {
        var factor = 1m;
        for (var i = 0; i < digits; i++)
        {
            factor *= 10m;
        }

        return factor;
    }
}

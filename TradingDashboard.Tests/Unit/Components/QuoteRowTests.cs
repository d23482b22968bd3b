using TradingDashboard.Components.Shared;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Tests.Unit.Components;

public sealed class QuoteRowTests
{
    private static readonly Guid TestAccount = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Apply_FiveDigitQuote_KeepsTrailingZeros()
    {
        var row = new QuoteRow("EURUSD");

        row.Apply(Quote("EURUSD", 1.08450m, 1.08462m));

        Assert.Equal(5, row.Digits);
        Assert.Equal("1.08450", row.FormatPrice(row.Bid));
        Assert.Equal("1.08462", row.FormatPrice(row.Ask));
    }

    [Fact]
    public void Apply_LaterQuoteWithFewerDecimals_KeepsTheLargestScaleSeen()
    {
        var row = new QuoteRow("EURUSD");
        row.Apply(Quote("EURUSD", 1.08451m, 1.08463m));

        row.Apply(Quote("EURUSD", 1.0845m, 1.0846m));

        Assert.Equal("1.08450", row.FormatPrice(row.Bid));
        Assert.Equal("1.08460", row.FormatPrice(row.Ask));
    }

    [Fact]
    public void Apply_FloatingPointNoise_CapsDigitsAtEight()
    {
        var row = new QuoteRow("XAUUSD");

        row.Apply(Quote("XAUUSD", 0.30000000000000004m, 0.31m));

        Assert.Equal(QuoteRow.MaxDigits, row.Digits);
    }

    [Theory]
    [InlineData("1.08450", "1.08462", "12")]
    [InlineData("64123.15", "64138.15", "1500")]
    [InlineData("151.281", "151.293", "12")]
    public void FormatSpread_Quote_InPointsOfTheSymbolsDigits(string bid, string ask, string expected)
    {
        var row = new QuoteRow("X");

        row.Apply(Quote("X", decimal.Parse(bid, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(ask, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expected, row.FormatSpread());
    }

    [Fact]
    public void FormatChange_AgainstDayOpen_SignedInPriceDigitsAndPercent()
    {
        var row = new QuoteRow("EURUSD");

        row.Apply(Quote("EURUSD", 1.08450m, 1.08462m, dayOpen: 1.08000m));

        Assert.Equal("+0.00450", row.FormatChange());
        Assert.Equal("+0.42%", row.FormatChangePercent());
    }

    [Fact]
    public void FormatChangePercent_TinyFall_KeepsTheMinusSign()
    {
        var row = new QuoteRow("GBPUSD");

        row.Apply(Quote("GBPUSD", 1.27319m, 1.27337m, dayOpen: 1.27320m));

        Assert.Equal("-0.00001", row.FormatChange());
        Assert.Equal("-0.00%", row.FormatChangePercent());
    }

    [Fact]
    public void Apply_BidMovesUpThenUpAgain_FlashClassChangesSoTheAnimationRestarts()
    {
        var row = new QuoteRow("EURUSD");
        row.Apply(Quote("EURUSD", 1.08450m, 1.08462m));
        Assert.Equal(string.Empty, row.BidFlashClass);

        row.Apply(Quote("EURUSD", 1.08451m, 1.08462m));
        var first = row.BidFlashClass;
        row.Apply(Quote("EURUSD", 1.08452m, 1.08462m));
        var second = row.BidFlashClass;

        Assert.StartsWith("tick-up", first, StringComparison.Ordinal);
        Assert.StartsWith("tick-up", second, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
        Assert.Equal(string.Empty, row.AskFlashClass);
    }

    [Fact]
    public void Apply_SamePriceAgain_DoesNotRestartTheFlash()
    {
        var row = new QuoteRow("EURUSD");
        row.Apply(Quote("EURUSD", 1.08450m, 1.08462m));
        row.Apply(Quote("EURUSD", 1.08440m, 1.08452m));
        var flash = row.BidFlashClass;

        row.Apply(Quote("EURUSD", 1.08440m, 1.08452m));

        Assert.StartsWith("tick-down", flash, StringComparison.Ordinal);
        Assert.Equal(flash, row.BidFlashClass);
    }

    internal static QuoteUpdate Quote(string symbol, decimal bid, decimal ask, decimal? dayOpen = null, DateTimeOffset? receivedAt = null, Guid? account = null)
    {
        var id = account ?? TestAccount;
        var at = receivedAt ?? Now;
        return new QuoteUpdate(GroupKeys.Prices(id, symbol), at, new Tick(id, symbol, bid, ask, 0m, 0m, at, at.ToUnixTimeMilliseconds(), 6), dayOpen ?? bid);
    }
}

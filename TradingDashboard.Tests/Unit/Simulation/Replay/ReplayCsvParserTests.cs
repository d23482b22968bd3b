using System.Runtime.CompilerServices;
using TradingDashboard.Core.Simulation.Replay;

namespace TradingDashboard.Tests.Unit.Simulation.Replay;

public class ReplayCsvParserTests
{
    [Fact]
    public void Parse_ValidRows_ReadsBarsInUtc()
    {
        const string csv = "date,open,high,low,close,volume\n2020-12-15 09:30,367.4,367.62,367.36,367.46,407870\n\n2020-12-15 09:31,367.48,367.48,367.19,367.19,173406\n";

        var bars = ReplayCsvParser.Parse(new StringReader(csv));

        Assert.Equal(2, bars.Count);
        Assert.Equal(new ReplayBar(new DateTimeOffset(2020, 12, 15, 9, 30, 0, TimeSpan.Zero), 367.4m, 367.62m, 367.36m, 367.46m, 407870), bars[0]);
        Assert.Equal(367.19m, bars[1].Close);
    }

    [Fact]
    public void Load_SharedIntradayFile_ReadsEveryBar()
    {
        var bars = ReplayCsvParser.Load(IntradayCsvPath());

        Assert.Equal(1564, bars.Count);
        Assert.Equal(367.4m, bars[0].Open);
        Assert.Equal(369.15m, bars[^1].Close);
        Assert.Equal(4, ReplayPricePath.DigitsOf(bars)); // a few bars carry 4 decimals (367.1799)
    }

    [Theory]
    [InlineData("time,o,h,l,c,v\n2020-12-15 09:30,1,1,1,1,1", "header")]
    [InlineData("date,open,high,low,close,volume\n2020-12-15 09:30,1,x,1,1,1", "line 2")]
    [InlineData("date,open,high,low,close,volume\nnot-a-date,1,1,1,1,1", "line 2")]
    [InlineData("date,open,high,low,close,volume\n2020-12-15 09:30,1,2,1,1", "line 2")]
    [InlineData("date,open,high,low,close,volume\n2020-12-15 09:30,1.5,1.4,1,1.2,1", "line 2")]
    [InlineData("date,open,high,low,close,volume\n", "no bars")]
    public void Parse_MalformedInput_ThrowsFormatExceptionNamingTheProblem(string csv, string expectedInMessage)
    {
        var error = Assert.Throws<FormatException>(() => ReplayCsvParser.Parse(new StringReader(csv)));

        Assert.Contains(expectedInMessage, error.Message, StringComparison.Ordinal);
    }

    private static string IntradayCsvPath([CallerFilePath] string sourceFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "quotes", "intraday.csv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("shared/data/quotes/intraday.csv not found above " + sourceFile);
    }
}

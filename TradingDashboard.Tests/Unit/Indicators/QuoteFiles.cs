using System.Globalization;
using System.Runtime.CompilerServices;
using TradingDashboard.Core.Indicators;

namespace TradingDashboard.Tests.Unit.Indicators;

/// <summary>The shared reference series (../shared/data/quotes), parsed once.</summary>
internal static class QuoteFiles
{
    public static readonly string[] Names = ["default", "intraday", "bitcoin"];

    private static readonly Dictionary<string, Lazy<OhlcvBar[]>> Files =
        Names.ToDictionary(n => n, n => new Lazy<OhlcvBar[]>(() => Parse(File.ReadAllLines(PathOf(n)))));

    public static IReadOnlyList<OhlcvBar> Default => Load("default");

    public static IReadOnlyList<OhlcvBar> Load(string name) => Files[name].Value;

    private static OhlcvBar[] Parse(string[] lines) =>
        [.. lines.Skip(1).Where(l => l.Length > 0).Select(ParseLine)];

    private static OhlcvBar ParseLine(string line)
    {
        var f = line.Split(',');
        var time = DateTime.ParseExact(f[0], ["yyyy-MM-dd", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        return new OhlcvBar(new DateTimeOffset(time, TimeSpan.Zero), Number(f[1]), Number(f[2]), Number(f[3]), Number(f[4]), Number(f[5]));
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string PathOf(string name, [CallerFilePath] string sourceFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "quotes", name + ".csv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"shared/data/quotes/{name}.csv not found above {sourceFile}");
    }
}

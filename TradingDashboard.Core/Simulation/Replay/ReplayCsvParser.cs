using System.Globalization;

namespace TradingDashboard.Core.Simulation.Replay;

/// <summary>Reads <c>date,open,high,low,close,volume</c> CSV files of 1-minute bars.</summary>
internal static class ReplayCsvParser
{
    private const string Header = "date,open,high,low,close,volume";

    public static IReadOnlyList<ReplayBar> Load(string path)
    {
        using var reader = File.OpenText(path);
        return Parse(reader);
    }

    /// <exception cref="FormatException">The header, a number, a date or a bar's shape is wrong (with its line number).</exception>
    public static IReadOnlyList<ReplayBar> Parse(TextReader reader)
    {
        var header = reader.ReadLine();
        if (header is null || !string.Equals(header.Replace(" ", "", StringComparison.Ordinal).Trim(), Header, StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"Replay CSV must start with the header '{Header}'.");
        }

        var bars = new List<ReplayBar>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                bars.Add(ParseLine(line, lineNumber));
            }
        }

        return bars.Count > 0 ? bars : throw new FormatException("Replay CSV has no bars.");
    }

    private static ReplayBar ParseLine(string line, int lineNumber)
    {
        var fields = line.Split(',');
        if (fields.Length != 6)
        {
            throw new FormatException($"Replay CSV line {lineNumber}: expected 6 fields, found {fields.Length}.");
        }

        if (!DateTimeOffset.TryParse(fields[0].Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            throw new FormatException($"Replay CSV line {lineNumber}: '{fields[0]}' is not a date.");
        }

        var bar = new ReplayBar(
            time.ToUniversalTime(),
            Number(fields[1], lineNumber),
            Number(fields[2], lineNumber),
            Number(fields[3], lineNumber),
            Number(fields[4], lineNumber),
            decimal.ToInt64(Number(fields[5], lineNumber)));
        var isValid = bar.Low > 0
            && bar.High >= Math.Max(bar.Open, bar.Close)
            && bar.Low <= Math.Min(bar.Open, bar.Close)
            && bar.Volume >= 0;
        return isValid ? bar : throw new FormatException($"Replay CSV line {lineNumber}: high/low do not enclose open/close.");
    }

    private static decimal Number(string field, int lineNumber) =>
        decimal.TryParse(field.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"Replay CSV line {lineNumber}: '{field}' is not a number.");
}

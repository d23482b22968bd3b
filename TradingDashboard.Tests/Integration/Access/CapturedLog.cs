using Microsoft.Extensions.Logging;

namespace TradingDashboard.Tests.Integration.Access;

/// <summary>One log entry: its rendered message and its structured fields as text.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, string?> Fields, Exception? Exception)
{
    public string? Field(string name) => Fields.GetValueOrDefault(name);
}

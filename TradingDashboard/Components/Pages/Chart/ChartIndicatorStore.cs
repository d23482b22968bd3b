using System.Text.Json;
using TradingDashboard.Components.Shared.Chart;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Preferences;

namespace TradingDashboard.Components.Pages.Chart;

/// <summary>The indicators a user keeps on their chart, in their preferences under <see cref="Key"/>.</summary>
public sealed partial class ChartIndicatorStore(IUserPreferences preferences, ILogger logger)
{
    public const string Key = "chart.indicators";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The saved indicators; unreadable or no longer valid entries are skipped (and logged), never fatal.</summary>
    public async Task<IReadOnlyList<ChartIndicatorSetting>> LoadAsync(AccessUser user, CancellationToken cancellationToken)
    {
        var json = await preferences.GetAsync(user, Key, cancellationToken);
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            var settings = JsonSerializer.Deserialize<List<ChartIndicatorSetting>>(json, Json) ?? [];
            return [.. settings.Where(s => s is { Kind: not null, Parameters: not null })];
        }
        catch (JsonException ex)
        {
            LogUnreadable(logger, ex, user.UserId);
            return [];
        }
    }

    public Task SaveAsync(AccessUser user, IEnumerable<ChartIndicatorSetting> settings, CancellationToken cancellationToken) =>
        preferences.SetAsync(user, Key, JsonSerializer.Serialize(settings.ToList(), Json), cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chart indicators saved for user {UserId} are unreadable; starting without them")]
    private static partial void LogUnreadable(ILogger logger, Exception exception, string userId);
}

using TradingDashboard.Core.Access;

namespace TradingDashboard.Core.Preferences;

/// <summary>Small per-user settings (e.g. a chart's indicators) stored as JSON under a key; a user reads and writes only their own.</summary>
public interface IUserPreferences
{
    Task<string?> GetAsync(AccessUser user, string key, CancellationToken cancellationToken);

    Task SetAsync(AccessUser user, string key, string json, CancellationToken cancellationToken);
}

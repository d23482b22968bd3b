using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Preferences;

/// <summary>
/// Preferences in the dashboard database, keyed by the caller's own user id: no method takes
/// another user's id, so nobody can read or overwrite someone else's settings.
/// </summary>
internal sealed class UserPreferences(IDbContextFactory<DashboardDbContext> contexts, IOptions<PreferencesOptions> options, TimeProvider time) : IUserPreferences
{
    private const int MaxKeyLength = 128;
    private const int MaxUserIdLength = 64;

    public async Task<string?> GetAsync(AccessUser user, string key, CancellationToken cancellationToken)
    {
        Validate(user, key);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.UserPreferences.AsNoTracking()
            .Where(p => p.UserId == user.UserId && p.Key == key)
            .Select(p => p.Json)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <exception cref="ArgumentException">The key is empty or too long, or the value is not JSON or larger than allowed.</exception>
    public async Task SetAsync(AccessUser user, string key, string json, CancellationToken cancellationToken)
    {
        Validate(user, key);
        ValidateJson(json);
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.UserPreferences.SingleOrDefaultAsync(p => p.UserId == user.UserId && p.Key == key, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            db.UserPreferences.Add(new UserPreference { UserId = user.UserId, Key = key, Json = json, UpdatedAt = now });
        }
        else
        {
            row.Json = json;
            row.UpdatedAt = now;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException) when (row is null)
        {
            // Another circuit of the same user inserted the key first: last write wins.
            await using var retry = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await retry.UserPreferences.Where(p => p.UserId == user.UserId && p.Key == key)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Json, json).SetProperty(p => p.UpdatedAt, now), cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Validate(AccessUser user, string key)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(user.UserId, nameof(user));
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (user.UserId.Length > MaxUserIdLength)
        {
            throw new ArgumentException($"A user id has at most {MaxUserIdLength} characters.", nameof(user));
        }

        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"A preference key has at most {MaxKeyLength} characters.", nameof(key));
        }
    }

    private void ValidateJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var max = options.Value.MaxJsonBytes;
        if (Encoding.UTF8.GetByteCount(json) > max)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A preference is at most {max / 1024} KB of JSON."), nameof(json));
        }

        try
        {
            using var document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"A preference must be valid JSON: {e.Message}", nameof(json), e);
        }
    }
}

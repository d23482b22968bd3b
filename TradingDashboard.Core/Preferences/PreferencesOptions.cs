using System.ComponentModel.DataAnnotations;

namespace TradingDashboard.Core.Preferences;

/// <summary>Per-user settings (<c>Preferences</c>).</summary>
public sealed class PreferencesOptions
{
    public const string SectionName = "Preferences";

    /// <summary>Largest JSON value stored under one key, in UTF-8 bytes (64 KB).</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxJsonBytes { get; set; } = 64 * 1024;
}

using System.ComponentModel.DataAnnotations;

namespace TradingDashboard.Core.Persistence;

/// <summary>Database settings (<c>Persistence</c>).</summary>
public sealed class PersistenceOptions
{
    public const string SectionName = "Persistence";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    [Required]
    public string ConnectionString { get; set; } = "Data Source=tradingdashboard.db";
}

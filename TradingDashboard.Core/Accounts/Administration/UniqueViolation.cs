using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace TradingDashboard.Core.Accounts.Administration;

/// <summary>Recognizes a unique-key violation on either supported database.</summary>
internal static class UniqueViolation
{
    private const int SqliteConstraint = 19;

    public static bool Matches(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TradingDashboard.Core.Persistence.Migrations;

/// <summary>Per-user settings as JSON under a key, e.g. the indicators a user put on a chart.</summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261121180000_UserPreferences")]
public sealed class UserPreferencesSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "user_preferences",
            columns: table => new
            {
                user_id = table.Column<string>(maxLength: 64, nullable: false),
                key = table.Column<string>(maxLength: 128, nullable: false),
                json = table.Column<string>(nullable: false),
                updated_at = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_user_preferences", x => new { x.user_id, x.key }));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "user_preferences");
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TradingDashboard.Core.Persistence.Migrations;

/// <summary>
/// Accounts, the inbox and closed positions. Written by hand (EF design-time tools are not
/// available here); column types come from the provider's mapping of each CLR type so the
/// same migration serves SQLite and PostgreSQL. A test keeps it equal to the model.
/// </summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261121000000_InitialSchema")]
public sealed class InitialSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "accounts",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                display_name = table.Column<string>(maxLength: 128, nullable: false),
                platform = table.Column<string>(maxLength: 16, nullable: false),
                broker_login = table.Column<string>(maxLength: 64, nullable: false),
                server = table.Column<string>(maxLength: 128, nullable: true),
                currency = table.Column<string>(maxLength: 8, nullable: false),
                is_active = table.Column<bool>(nullable: false),
                created_at = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_accounts", x => x.id));

        migrationBuilder.CreateIndex(
            name: "ux_accounts_platform_login",
            table: "accounts",
            columns: ["platform", "broker_login"],
            unique: true);

        migrationBuilder.CreateTable(
            name: "inbox_messages",
            columns: table => new
            {
                event_id = table.Column<Guid>(nullable: false),
                account_id = table.Column<Guid>(nullable: false),
                type = table.Column<string>(maxLength: 64, nullable: false),
                occurred_at = table.Column<DateTimeOffset>(nullable: false),
                processed_at = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_inbox_messages", x => x.event_id));

        migrationBuilder.CreateTable(
            name: "closed_positions",
            columns: table => new
            {
                account_id = table.Column<Guid>(nullable: false),
                position_id = table.Column<long>(nullable: false),
                symbol = table.Column<string>(maxLength: 64, nullable: false),
                volume = table.Column<decimal>(precision: 18, scale: 8, nullable: false),
                open_price = table.Column<decimal>(precision: 18, scale: 8, nullable: false),
                close_price = table.Column<decimal>(precision: 18, scale: 8, nullable: false),
                profit = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                swap = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                commission = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                opened_at = table.Column<DateTimeOffset>(nullable: false),
                closed_at = table.Column<DateTimeOffset>(nullable: false),
                event_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_closed_positions", x => new { x.account_id, x.position_id });
                table.ForeignKey(
                    name: "FK_closed_positions_accounts_account_id",
                    column: x => x.account_id,
                    principalTable: "accounts",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "closed_positions");
        migrationBuilder.DropTable(name: "inbox_messages");
        migrationBuilder.DropTable(name: "accounts");
    }
}

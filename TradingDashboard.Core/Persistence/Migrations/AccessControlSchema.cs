using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace TradingDashboard.Core.Persistence.Migrations;

/// <summary>
/// Access control: broker, fund type and last change on accounts; user assignments, encrypted
/// credentials and the audit trail. Existing accounts become <c>Personal</c> with
/// <c>updated_at = created_at</c>.
/// </summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261121120000_AccessControl")]
public sealed class AccessControlSchema : Migration
{
    private const string PostgreSqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        AddAccountColumns(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "account_access",
            columns: table => new
            {
                account_id = table.Column<Guid>(nullable: false),
                user_id = table.Column<string>(maxLength: 64, nullable: false),
                granted_at = table.Column<DateTimeOffset>(nullable: false),
                granted_by = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_account_access", x => new { x.account_id, x.user_id });
                table.ForeignKey(
                    name: "FK_account_access_accounts_account_id",
                    column: x => x.account_id,
                    principalTable: "accounts",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "ix_account_access_user_id", table: "account_access", column: "user_id");

        migrationBuilder.CreateTable(
            name: "account_credentials",
            columns: table => new
            {
                account_id = table.Column<Guid>(nullable: false),
                kind = table.Column<string>(maxLength: 32, nullable: false),
                ciphertext = table.Column<string>(nullable: false),
                updated_at = table.Column<DateTimeOffset>(nullable: false),
                updated_by = table.Column<string>(maxLength: 128, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_account_credentials", x => new { x.account_id, x.kind });
                table.ForeignKey(
                    name: "FK_account_credentials_accounts_account_id",
                    column: x => x.account_id,
                    principalTable: "accounts",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "audit_entries",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                at = table.Column<DateTimeOffset>(nullable: false),
                actor_id = table.Column<string>(maxLength: 64, nullable: false),
                actor_name = table.Column<string>(maxLength: 128, nullable: false),
                action = table.Column<string>(maxLength: 64, nullable: false),
                subject_type = table.Column<string>(maxLength: 32, nullable: false),
                subject_id = table.Column<string>(maxLength: 64, nullable: false),
                subject_name = table.Column<string>(maxLength: 128, nullable: true),
                changes = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_audit_entries", x => x.id));

        migrationBuilder.CreateIndex(name: "ix_audit_entries_at", table: "audit_entries", column: "at");
        migrationBuilder.CreateIndex(name: "ix_audit_entries_subject_id", table: "audit_entries", column: "subject_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "audit_entries");
        migrationBuilder.DropTable(name: "account_credentials");
        migrationBuilder.DropTable(name: "account_access");
        migrationBuilder.DropColumn(name: "updated_at", table: "accounts");
        migrationBuilder.DropColumn(name: "fund_type", table: "accounts");
        migrationBuilder.DropColumn(name: "broker", table: "accounts");
    }

    private void AddAccountColumns(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "broker", table: "accounts", maxLength: 128, nullable: true);

        // SQLite cannot add a NOT NULL column without a default; the defaults only fill existing rows.
        migrationBuilder.AddColumn<string>(name: "fund_type", table: "accounts", maxLength: 32, nullable: false, defaultValue: "Personal");
        migrationBuilder.AddColumn<DateTimeOffset>(name: "updated_at", table: "accounts", nullable: false, defaultValue: DateTimeOffset.UnixEpoch);
        migrationBuilder.Sql("UPDATE accounts SET updated_at = created_at;");

        // The model has no column defaults. PostgreSQL drops them in place; SQLite would need a table
        // rebuild for that, and a default the application never relies on is harmless there.
        if (ActiveProvider == PostgreSqlProvider)
        {
            migrationBuilder.Sql("ALTER TABLE accounts ALTER COLUMN fund_type DROP DEFAULT;");
            migrationBuilder.Sql("ALTER TABLE accounts ALTER COLUMN updated_at DROP DEFAULT;");
        }
    }
}

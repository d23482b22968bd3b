using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace TradingDashboard.Security.Persistence.Migrations;

/// <summary>
/// Identity users and roles and the Data Protection key ring. Written by hand like the
/// dashboard's own migrations; a test per provider keeps it equal to the model.
/// </summary>
[DbContext(typeof(SecurityDbContext))]
[Migration("20261201000000_SecuritySchema")]
public sealed class SecuritySchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "identity_users",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                must_change_password = table.Column<bool>(nullable: false),
                created_at = table.Column<DateTimeOffset>(nullable: false),
                user_name = table.Column<string>(maxLength: 256, nullable: true),
                normalized_user_name = table.Column<string>(maxLength: 256, nullable: true),
                email = table.Column<string>(maxLength: 256, nullable: true),
                normalized_email = table.Column<string>(maxLength: 256, nullable: true),
                email_confirmed = table.Column<bool>(nullable: false),
                password_hash = table.Column<string>(nullable: true),
                security_stamp = table.Column<string>(nullable: true),
                concurrency_stamp = table.Column<string>(nullable: true),
                phone_number = table.Column<string>(nullable: true),
                phone_number_confirmed = table.Column<bool>(nullable: false),
                two_factor_enabled = table.Column<bool>(nullable: false),
                lockout_end = table.Column<DateTimeOffset>(nullable: true),
                lockout_enabled = table.Column<bool>(nullable: false),
                access_failed_count = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_identity_users", x => x.id));

        migrationBuilder.CreateTable(
            name: "identity_roles",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                name = table.Column<string>(maxLength: 256, nullable: true),
                normalized_name = table.Column<string>(maxLength: 256, nullable: true),
                concurrency_stamp = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_identity_roles", x => x.id));

        migrationBuilder.CreateTable(
            name: "data_protection_keys",
            columns: table => new
            {
                id = Identity(table.Column<int>(nullable: false)),
                friendly_name = table.Column<string>(maxLength: 256, nullable: true),
                xml = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_data_protection_keys", x => x.id));

        CreateUserChildren(migrationBuilder);
        CreateRoleChildren(migrationBuilder);

        migrationBuilder.CreateIndex(name: "ux_identity_users_normalized_user_name", table: "identity_users", column: "normalized_user_name", unique: true);
        migrationBuilder.CreateIndex(name: "ix_identity_users_normalized_email", table: "identity_users", column: "normalized_email");
        migrationBuilder.CreateIndex(name: "ux_identity_roles_normalized_name", table: "identity_roles", column: "normalized_name", unique: true);
        migrationBuilder.CreateIndex(name: "ix_identity_user_claims_user_id", table: "identity_user_claims", column: "user_id");
        migrationBuilder.CreateIndex(name: "ix_identity_user_logins_user_id", table: "identity_user_logins", column: "user_id");
        migrationBuilder.CreateIndex(name: "ix_identity_user_roles_role_id", table: "identity_user_roles", column: "role_id");
        migrationBuilder.CreateIndex(name: "ix_identity_role_claims_role_id", table: "identity_role_claims", column: "role_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "identity_role_claims");
        migrationBuilder.DropTable(name: "identity_user_claims");
        migrationBuilder.DropTable(name: "identity_user_logins");
        migrationBuilder.DropTable(name: "identity_user_roles");
        migrationBuilder.DropTable(name: "identity_user_tokens");
        migrationBuilder.DropTable(name: "data_protection_keys");
        migrationBuilder.DropTable(name: "identity_roles");
        migrationBuilder.DropTable(name: "identity_users");
    }

    private static void CreateUserChildren(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "identity_user_claims",
            columns: table => new
            {
                id = Identity(table.Column<int>(nullable: false)),
                user_id = table.Column<string>(nullable: false),
                claim_type = table.Column<string>(nullable: true),
                claim_value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_identity_user_claims", x => x.id);
                table.ForeignKey("FK_identity_user_claims_identity_users_user_id", x => x.user_id, "identity_users", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "identity_user_logins",
            columns: table => new
            {
                login_provider = table.Column<string>(nullable: false),
                provider_key = table.Column<string>(nullable: false),
                provider_display_name = table.Column<string>(nullable: true),
                user_id = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_identity_user_logins", x => new { x.login_provider, x.provider_key });
                table.ForeignKey("FK_identity_user_logins_identity_users_user_id", x => x.user_id, "identity_users", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "identity_user_tokens",
            columns: table => new
            {
                user_id = table.Column<string>(nullable: false),
                login_provider = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: false),
                value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_identity_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                table.ForeignKey("FK_identity_user_tokens_identity_users_user_id", x => x.user_id, "identity_users", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "identity_user_roles",
            columns: table => new
            {
                user_id = table.Column<string>(nullable: false),
                role_id = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_identity_user_roles", x => new { x.user_id, x.role_id });
                table.ForeignKey("FK_identity_user_roles_identity_roles_role_id", x => x.role_id, "identity_roles", "id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_identity_user_roles_identity_users_user_id", x => x.user_id, "identity_users", "id", onDelete: ReferentialAction.Cascade);
            });
    }

    private static void CreateRoleChildren(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "identity_role_claims",
            columns: table => new
            {
                id = Identity(table.Column<int>(nullable: false)),
                role_id = table.Column<string>(nullable: false),
                claim_type = table.Column<string>(nullable: true),
                claim_value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_identity_role_claims", x => x.id);
                table.ForeignKey("FK_identity_role_claims_identity_roles_role_id", x => x.role_id, "identity_roles", "id", onDelete: ReferentialAction.Cascade);
            });

    // Each provider reads its own annotation and ignores the other's.
    private static OperationBuilder<AddColumnOperation> Identity(OperationBuilder<AddColumnOperation> column) =>
        column
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}

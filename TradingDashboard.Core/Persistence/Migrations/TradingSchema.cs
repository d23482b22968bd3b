using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TradingDashboard.Core.Persistence.Migrations;

/// <summary>
/// Trading: every order intent with its unique idempotency key, broker tag, outcome and lineage
/// (<c>trade_orders</c>), and every position's life with remaining volume, close reason and the
/// TP1/break-even progress (<c>trades</c>).
/// </summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261122090000_Trading")]
public sealed class TradingSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "trade_orders",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                account_id = table.Column<Guid>(nullable: false),
                idempotency_key = table.Column<string>(maxLength: 200, nullable: false),
                client_tag = table.Column<string>(maxLength: 31, nullable: false),
                kind = table.Column<string>(maxLength: 16, nullable: false),
                status = table.Column<string>(maxLength: 16, nullable: false),
                symbol = table.Column<string>(maxLength: 64, nullable: false),
                direction = table.Column<string>(maxLength: 8, nullable: false),
                order_type = table.Column<string>(maxLength: 8, nullable: false),
                volume = table.Column<decimal>(precision: 18, scale: 8, nullable: false),
                price = table.Column<decimal>(precision: 18, scale: 8, nullable: true),
                stop_loss = table.Column<decimal>(precision: 18, scale: 8, nullable: true),
                take_profit = table.Column<decimal>(precision: 18, scale: 8, nullable: true),
                position_ticket = table.Column<long>(nullable: true),
                broker_order_ticket = table.Column<long>(nullable: true),
                deal_ticket = table.Column<long>(nullable: true),
                fill_price = table.Column<decimal>(precision: 18, scale: 8, nullable: true),
                filled_volume = table.Column<decimal>(precision: 18, scale: 8, nullable: true),
                result_code = table.Column<string>(maxLength: 32, nullable: true),
                retcode = table.Column<int>(nullable: true),
                message = table.Column<string>(maxLength: 500, nullable: true),
                close_reason = table.Column<string>(maxLength: 32, nullable: true),
                source = table.Column<string>(maxLength: 16, nullable: false),
                requested_by = table.Column<string>(maxLength: 64, nullable: false),
                live_run_id = table.Column<Guid>(nullable: true),
                bot_version = table.Column<string>(maxLength: 64, nullable: true),
                correlation_id = table.Column<string>(maxLength: 100, nullable: true),
                magic = table.Column<long>(nullable: false),
                trade_id = table.Column<Guid>(nullable: true),
                created_at = table.Column<DateTimeOffset>(nullable: false),
                sent_at = table.Column<DateTimeOffset>(nullable: true),
                completed_at = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_trade_orders", x => x.id);
                table.ForeignKey(
                    name: "FK_trade_orders_accounts_account_id",
                    column: x => x.account_id,
                    principalTable: "accounts",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "ux_trade_orders_idempotency_key", table: "trade_orders", column: "idempotency_key", unique: true);
        migrationBuilder.CreateIndex(name: "ux_trade_orders_client_tag", table: "trade_orders", column: "client_tag", unique: true);
        migrationBuilder.CreateIndex(name: "ix_trade_orders_account_status", table: "trade_orders", columns: ["account_id", "status"]);
        migrationBuilder.CreateIndex(name: "ix_trade_orders_account_created", table: "trade_orders", columns: ["account_id", "created_at"]);

        migrationBuilder.CreateTable(
            name: "trades",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                account_id = table.Column<Guid>(nullable: false),
                position_ticket = table.Column<long>(nullable: false),
                symbol = table.Column<string>(maxLength: 64, nullable: false),
                direction = table.Column<string>(maxLength: 8, nullable: false),
                status = table.Column<string>(maxLength: 8, nullable: false),
                open_volume = table.Column<decimal>(precision: 18, scale: 8, nullable: false),
                remaining_volume = table.Column<decimal>(precision: 18, scale: 8, nullable: false),
                open_price = table.Column<decimal>(precision: 18, scale: 8, nullable: false),
                stop_loss = table.Column<decimal>(precision: 18, scale: 8, nullable: true),
                take_profit = table.Column<decimal>(precision: 18, scale: 8, nullable: true),
                opened_at = table.Column<DateTimeOffset>(nullable: false),
                closed_at = table.Column<DateTimeOffset>(nullable: true),
                close_price = table.Column<decimal>(precision: 18, scale: 8, nullable: true),
                realized_profit = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                swap = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                commission = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                close_reason = table.Column<string>(maxLength: 32, nullable: true),
                source = table.Column<string>(maxLength: 16, nullable: false),
                live_run_id = table.Column<Guid>(nullable: true),
                bot_version = table.Column<string>(maxLength: 64, nullable: true),
                correlation_id = table.Column<string>(maxLength: 100, nullable: true),
                idempotency_key = table.Column<string>(maxLength: 200, nullable: true),
                opening_order_id = table.Column<Guid>(nullable: true),
                profit_target_price = table.Column<decimal>(precision: 18, scale: 8, nullable: true),
                profit_target_fraction = table.Column<decimal>(precision: 9, scale: 6, nullable: true),
                profit_target_hit = table.Column<bool>(nullable: false),
                break_even_set = table.Column<bool>(nullable: false),
                updated_at = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_trades", x => x.id);
                table.ForeignKey(
                    name: "FK_trades_accounts_account_id",
                    column: x => x.account_id,
                    principalTable: "accounts",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "ux_trades_account_position", table: "trades", columns: ["account_id", "position_ticket"], unique: true);
        migrationBuilder.CreateIndex(name: "ix_trades_account_status", table: "trades", columns: ["account_id", "status"]);
        migrationBuilder.CreateIndex(name: "ix_trades_account_opened", table: "trades", columns: ["account_id", "opened_at"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "trades");
        migrationBuilder.DropTable(name: "trade_orders");
    }
}

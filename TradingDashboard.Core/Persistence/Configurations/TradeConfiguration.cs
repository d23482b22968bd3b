using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Persistence.Configurations;

internal sealed class TradeConfiguration : IEntityTypeConfiguration<Trade>
{
    public void Configure(EntityTypeBuilder<Trade> builder)
    {
        builder.ToTable("trades");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(t => t.AccountId).HasColumnName("account_id");
        builder.Property(t => t.PositionTicket).HasColumnName("position_ticket");
        builder.Property(t => t.Symbol).HasColumnName("symbol").HasMaxLength(64);
        builder.Property(t => t.Direction).HasColumnName("direction").HasConversion<string>().HasMaxLength(8);
        builder.Property(t => t.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(8);
        builder.Property(t => t.OpenVolume).HasColumnName("open_volume").HasPrecision(18, 8);
        builder.Property(t => t.RemainingVolume).HasColumnName("remaining_volume").HasPrecision(18, 8);
        builder.Property(t => t.OpenPrice).HasColumnName("open_price").HasPrecision(18, 8);
        builder.Property(t => t.StopLoss).HasColumnName("stop_loss").HasPrecision(18, 8);
        builder.Property(t => t.TakeProfit).HasColumnName("take_profit").HasPrecision(18, 8);
        builder.Property(t => t.OpenedAt).HasColumnName("opened_at");
        builder.Property(t => t.ClosedAt).HasColumnName("closed_at");
        builder.Property(t => t.ClosePrice).HasColumnName("close_price").HasPrecision(18, 8);
        builder.Property(t => t.RealizedProfit).HasColumnName("realized_profit").HasPrecision(18, 2);
        builder.Property(t => t.Swap).HasColumnName("swap").HasPrecision(18, 2);
        builder.Property(t => t.Commission).HasColumnName("commission").HasPrecision(18, 2);
        builder.Property(t => t.CloseReason).HasColumnName("close_reason").HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Source).HasColumnName("source").HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.LiveRunId).HasColumnName("live_run_id");
        builder.Property(t => t.BotVersion).HasColumnName("bot_version").HasMaxLength(64);
        builder.Property(t => t.CorrelationId).HasColumnName("correlation_id").HasMaxLength(100);
        builder.Property(t => t.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(200);
        builder.Property(t => t.OpeningOrderId).HasColumnName("opening_order_id");
        builder.Property(t => t.ProfitTargetPrice).HasColumnName("profit_target_price").HasPrecision(18, 8);
        builder.Property(t => t.ProfitTargetFraction).HasColumnName("profit_target_fraction").HasPrecision(9, 6);
        builder.Property(t => t.ProfitTargetHit).HasColumnName("profit_target_hit");
        builder.Property(t => t.BreakEvenSet).HasColumnName("break_even_set");
        builder.Property(t => t.UpdatedAt).HasColumnName("updated_at");
        builder.HasIndex(t => new { t.AccountId, t.PositionTicket }).IsUnique().HasDatabaseName("ux_trades_account_position");
        builder.HasIndex(t => new { t.AccountId, t.Status }).HasDatabaseName("ix_trades_account_status");
        builder.HasIndex(t => new { t.AccountId, t.OpenedAt }).HasDatabaseName("ix_trades_account_opened");
        builder.HasOne<Domain.Account>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

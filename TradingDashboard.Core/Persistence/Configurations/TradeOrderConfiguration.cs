using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Persistence.Configurations;

internal sealed class TradeOrderConfiguration : IEntityTypeConfiguration<TradeOrder>
{
    public void Configure(EntityTypeBuilder<TradeOrder> builder)
    {
        builder.ToTable("trade_orders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(o => o.AccountId).HasColumnName("account_id");
        builder.Property(o => o.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(200);
        builder.Property(o => o.ClientTag).HasColumnName("client_tag").HasMaxLength(31);
        builder.Property(o => o.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Symbol).HasColumnName("symbol").HasMaxLength(64);
        builder.Property(o => o.Direction).HasColumnName("direction").HasConversion<string>().HasMaxLength(8);
        builder.Property(o => o.OrderType).HasColumnName("order_type").HasConversion<string>().HasMaxLength(8);
        builder.Property(o => o.Volume).HasColumnName("volume").HasPrecision(18, 8);
        builder.Property(o => o.Price).HasColumnName("price").HasPrecision(18, 8);
        builder.Property(o => o.StopLoss).HasColumnName("stop_loss").HasPrecision(18, 8);
        builder.Property(o => o.TakeProfit).HasColumnName("take_profit").HasPrecision(18, 8);
        builder.Property(o => o.PositionTicket).HasColumnName("position_ticket");
        builder.Property(o => o.BrokerOrderTicket).HasColumnName("broker_order_ticket");
        builder.Property(o => o.DealTicket).HasColumnName("deal_ticket");
        builder.Property(o => o.FillPrice).HasColumnName("fill_price").HasPrecision(18, 8);
        builder.Property(o => o.FilledVolume).HasColumnName("filled_volume").HasPrecision(18, 8);
        builder.Property(o => o.ResultCode).HasColumnName("result_code").HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Retcode).HasColumnName("retcode");
        builder.Property(o => o.Message).HasColumnName("message").HasMaxLength(500);
        builder.Property(o => o.CloseReason).HasColumnName("close_reason").HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Source).HasColumnName("source").HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.RequestedBy).HasColumnName("requested_by").HasMaxLength(64);
        builder.Property(o => o.LiveRunId).HasColumnName("live_run_id");
        builder.Property(o => o.BotVersion).HasColumnName("bot_version").HasMaxLength(64);
        builder.Property(o => o.CorrelationId).HasColumnName("correlation_id").HasMaxLength(100);
        builder.Property(o => o.Magic).HasColumnName("magic");
        builder.Property(o => o.TradeId).HasColumnName("trade_id");
        builder.Property(o => o.CreatedAt).HasColumnName("created_at");
        builder.Property(o => o.SentAt).HasColumnName("sent_at");
        builder.Property(o => o.CompletedAt).HasColumnName("completed_at");
        builder.HasIndex(o => o.IdempotencyKey).IsUnique().HasDatabaseName("ux_trade_orders_idempotency_key");
        builder.HasIndex(o => o.ClientTag).IsUnique().HasDatabaseName("ux_trade_orders_client_tag");
        builder.HasIndex(o => new { o.AccountId, o.Status }).HasDatabaseName("ix_trade_orders_account_status");
        builder.HasIndex(o => new { o.AccountId, o.CreatedAt }).HasDatabaseName("ix_trade_orders_account_created");
        builder.HasOne<Domain.Account>().WithMany().HasForeignKey(o => o.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

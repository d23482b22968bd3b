using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Persistence.Configurations;

internal sealed class ClosedPositionConfiguration : IEntityTypeConfiguration<ClosedPosition>
{
    public void Configure(EntityTypeBuilder<ClosedPosition> builder)
    {
        builder.ToTable("closed_positions");
        builder.HasKey(p => new { p.AccountId, p.PositionId });
        builder.Property(p => p.AccountId).HasColumnName("account_id");
        builder.Property(p => p.PositionId).HasColumnName("position_id").ValueGeneratedNever();
        builder.Property(p => p.Symbol).HasColumnName("symbol").HasMaxLength(64);
        builder.Property(p => p.Volume).HasColumnName("volume").HasPrecision(18, 8);
        builder.Property(p => p.OpenPrice).HasColumnName("open_price").HasPrecision(18, 8);
        builder.Property(p => p.ClosePrice).HasColumnName("close_price").HasPrecision(18, 8);
        builder.Property(p => p.Profit).HasColumnName("profit").HasPrecision(18, 2);
        builder.Property(p => p.Swap).HasColumnName("swap").HasPrecision(18, 2);
        builder.Property(p => p.Commission).HasColumnName("commission").HasPrecision(18, 2);
        builder.Property(p => p.OpenedAt).HasColumnName("opened_at");
        builder.Property(p => p.ClosedAt).HasColumnName("closed_at");
        builder.Property(p => p.EventId).HasColumnName("event_id");
        builder.HasOne<Domain.Account>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

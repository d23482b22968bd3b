using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Persistence.Configurations;

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("inbox_messages");
        builder.HasKey(m => m.EventId);
        builder.Property(m => m.EventId).HasColumnName("event_id").ValueGeneratedNever();
        builder.Property(m => m.AccountId).HasColumnName("account_id");
        builder.Property(m => m.Type).HasColumnName("type").HasMaxLength(64);
        builder.Property(m => m.OccurredAt).HasColumnName("occurred_at");
        builder.Property(m => m.ProcessedAt).HasColumnName("processed_at");
    }
}

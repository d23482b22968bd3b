using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TradingDashboard.Core.Audit;

namespace TradingDashboard.Core.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(e => e.At).HasColumnName("at");
        builder.Property(e => e.ActorId).HasColumnName("actor_id").HasMaxLength(64);
        builder.Property(e => e.ActorName).HasColumnName("actor_name").HasMaxLength(128);
        builder.Property(e => e.Action).HasColumnName("action").HasMaxLength(64);
        builder.Property(e => e.SubjectType).HasColumnName("subject_type").HasMaxLength(32);
        builder.Property(e => e.SubjectId).HasColumnName("subject_id").HasMaxLength(64);
        builder.Property(e => e.SubjectName).HasColumnName("subject_name").HasMaxLength(128);
        builder.Property(e => e.Changes).HasColumnName("changes");
        builder.HasIndex(e => e.At).HasDatabaseName("ix_audit_entries_at");
        builder.HasIndex(e => e.SubjectId).HasDatabaseName("ix_audit_entries_subject_id");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Persistence.Configurations;

internal sealed class UserPreferenceConfiguration : IEntityTypeConfiguration<UserPreference>
{
    public void Configure(EntityTypeBuilder<UserPreference> builder)
    {
        builder.ToTable("user_preferences");
        builder.HasKey(p => new { p.UserId, p.Key });
        builder.Property(p => p.UserId).HasColumnName("user_id").HasMaxLength(64);
        builder.Property(p => p.Key).HasColumnName("key").HasMaxLength(128);
        builder.Property(p => p.Json).HasColumnName("json");
        builder.Property(p => p.UpdatedAt).HasColumnName("updated_at");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Persistence.Configurations;

internal sealed class AccountAccessGrantConfiguration : IEntityTypeConfiguration<AccountAccessGrant>
{
    public void Configure(EntityTypeBuilder<AccountAccessGrant> builder)
    {
        builder.ToTable("account_access");
        builder.HasKey(g => new { g.AccountId, g.UserId });
        builder.Property(g => g.AccountId).HasColumnName("account_id");
        builder.Property(g => g.UserId).HasColumnName("user_id").HasMaxLength(64);
        builder.Property(g => g.GrantedAt).HasColumnName("granted_at");
        builder.Property(g => g.GrantedBy).HasColumnName("granted_by").HasMaxLength(64);
        builder.HasIndex(g => g.UserId).HasDatabaseName("ix_account_access_user_id");
        builder.HasOne<Domain.Account>().WithMany().HasForeignKey(g => g.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

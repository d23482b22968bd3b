using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Persistence.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("accounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(a => a.DisplayName).HasColumnName("display_name").HasMaxLength(128);
        builder.Property(a => a.Platform).HasColumnName("platform").HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.BrokerLogin).HasColumnName("broker_login").HasMaxLength(64);
        builder.Property(a => a.Server).HasColumnName("server").HasMaxLength(128);
        builder.Property(a => a.Broker).HasColumnName("broker").HasMaxLength(128);
        builder.Property(a => a.FundType).HasColumnName("fund_type").HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Currency).HasColumnName("currency").HasMaxLength(8);
        builder.Property(a => a.IsActive).HasColumnName("is_active");
        builder.Property(a => a.CreatedAt).HasColumnName("created_at");
        builder.Property(a => a.UpdatedAt).HasColumnName("updated_at");
        builder.HasIndex(a => new { a.Platform, a.BrokerLogin }).IsUnique().HasDatabaseName("ux_accounts_platform_login");
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TradingDashboard.Security.DataProtection;
using TradingDashboard.Security.Identity;

namespace TradingDashboard.Security.Persistence;

/// <summary>
/// Users, roles and the Data Protection key ring, in the same database as the dashboard's own
/// tables (snake_case names, own migrations history table <see cref="HistoryTable"/>).
/// </summary>
public sealed class SecurityDbContext(DbContextOptions<SecurityDbContext> options) : IdentityDbContext<DashboardUser>(options)
{
    public const string HistoryTable = "__security_migrations";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<DashboardUser>(user =>
        {
            user.ToTable("identity_users");
            user.HasIndex(u => u.NormalizedUserName).HasDatabaseName("ux_identity_users_normalized_user_name").IsUnique();
            user.HasIndex(u => u.NormalizedEmail).HasDatabaseName("ix_identity_users_normalized_email");
        });
        builder.Entity<IdentityRole>(role =>
        {
            role.ToTable("identity_roles");
            role.HasIndex(r => r.NormalizedName).HasDatabaseName("ux_identity_roles_normalized_name").IsUnique();
        });
        builder.Entity<IdentityUserRole<string>>(link =>
        {
            link.ToTable("identity_user_roles");
            link.HasIndex(l => l.RoleId).HasDatabaseName("ix_identity_user_roles_role_id");
        });
        builder.Entity<IdentityUserClaim<string>>(claim =>
        {
            claim.ToTable("identity_user_claims");
            claim.HasIndex(c => c.UserId).HasDatabaseName("ix_identity_user_claims_user_id");
        });
        builder.Entity<IdentityUserLogin<string>>(login =>
        {
            login.ToTable("identity_user_logins");
            login.HasIndex(l => l.UserId).HasDatabaseName("ix_identity_user_logins_user_id");
        });
        builder.Entity<IdentityUserToken<string>>().ToTable("identity_user_tokens");
        builder.Entity<IdentityRoleClaim<string>>(claim =>
        {
            claim.ToTable("identity_role_claims");
            claim.HasIndex(c => c.RoleId).HasDatabaseName("ix_identity_role_claims_role_id");
        });
        builder.Entity<DataProtectionKey>(key =>
        {
            key.ToTable("data_protection_keys");
            key.Property(k => k.FriendlyName).HasMaxLength(256);
        });
        SnakeCaseColumns.Apply(builder);
    }
}

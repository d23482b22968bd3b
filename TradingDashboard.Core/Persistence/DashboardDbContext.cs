using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Audit;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Persistence;

/// <summary>The dashboard's database (SQLite by default, PostgreSQL to scale out). Schema changes are hand-written migrations.</summary>
public sealed class DashboardDbContext(DbContextOptions<DashboardDbContext> options) : DbContext(options)
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<ClosedPosition> ClosedPositions => Set<ClosedPosition>();

    public DbSet<AccountAccessGrant> AccountAccess => Set<AccountAccessGrant>();

    public DbSet<AccountCredential> AccountCredentials => Set<AccountCredential>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<UserPreference> UserPreferences => Set<UserPreference>();

    public DbSet<TradeOrder> TradeOrders => Set<TradeOrder>();

    public DbSet<Trade> Trades => Set<Trade>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);
}

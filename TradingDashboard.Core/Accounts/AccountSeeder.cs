using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence;

namespace TradingDashboard.Core.Accounts;

/// <summary>Inserts configured seed accounts that are not in the registry yet.</summary>
public sealed partial class AccountSeeder(
    IDbContextFactory<DashboardDbContext> contexts,
    IOptions<AccountsOptions> options,
    TimeProvider time,
    ILogger<AccountSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        foreach (var seed in options.Value.Seed)
        {
            var id = seed.Id == Guid.Empty ? Guid.NewGuid() : seed.Id;
            var exists = await db.Accounts.AnyAsync(
                a => a.Id == id || (a.Platform == seed.Platform && a.BrokerLogin == seed.BrokerLogin),
                cancellationToken).ConfigureAwait(false);
            if (exists)
            {
                continue;
            }

            var now = time.GetUtcNow();
            db.Accounts.Add(new Account
            {
                Id = id,
                DisplayName = seed.DisplayName,
                Platform = seed.Platform,
                BrokerLogin = seed.BrokerLogin,
                Server = seed.Server,
                Broker = seed.Broker,
                FundType = seed.FundType,
                Currency = seed.Currency,
                IsActive = true,
                CreatedAt = now,
                UpdatedAt = now,
            });
            LogSeeded(id, seed.DisplayName);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded account {AccountId} ({DisplayName})")]
    private partial void LogSeeded(Guid accountId, string displayName);
}

using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Security.Bootstrap;
using TradingDashboard.Security.Persistence;

namespace TradingDashboard.Hosting;

/// <summary>
/// Runs before the consumers start (hosted services start in registration order): migrate the
/// database and the security schema, make sure an admin exists, seed configured accounts, load
/// the account directory and the access snapshot.
/// </summary>
internal sealed class StartupInitializer(
    DatabaseInitializer database,
    SecurityDatabaseInitializer securityDatabase,
    AdminBootstrapper admins,
    AccountSeeder seeder,
    IAccountDirectory accounts,
    IAccountAccess access) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.InitializeAsync(cancellationToken);
        await securityDatabase.InitializeAsync(cancellationToken);
        await admins.EnsureAdminAsync(cancellationToken);
        await seeder.SeedAsync(cancellationToken);
        await accounts.ReloadAsync(cancellationToken);
        await access.ReloadAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

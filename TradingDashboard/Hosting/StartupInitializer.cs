using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Persistence;

namespace TradingDashboard.Hosting;

/// <summary>
/// Runs before the consumers start (hosted services start in registration order): migrate the
/// database, seed configured accounts, load the account directory.
/// </summary>
internal sealed class StartupInitializer(DatabaseInitializer database, AccountSeeder seeder, IAccountDirectory accounts) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.InitializeAsync(cancellationToken);
        await seeder.SeedAsync(cancellationToken);
        await accounts.ReloadAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

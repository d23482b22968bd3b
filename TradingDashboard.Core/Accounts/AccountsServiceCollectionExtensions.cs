using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TradingDashboard.Core.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>Registers the account directory, resolver and seeder.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountsOptions>().Bind(configuration.GetSection(AccountsOptions.SectionName));
        services.AddSingleton<IAccountDirectory, AccountDirectory>();
        services.AddSingleton<AccountResolver>();
        services.AddSingleton<AccountSeeder>();
        return services;
    }
}

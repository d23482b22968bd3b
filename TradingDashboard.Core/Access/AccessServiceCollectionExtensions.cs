using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TradingDashboard.Core.Access;

public static class AccessServiceCollectionExtensions
{
    /// <summary>
    /// Registers the access policy and the secured market feed. Needs the account directory
    /// (<c>AddAccounts</c>), the market hub (<c>AddStreaming</c>) and persistence; load the
    /// assignments once on start with <see cref="IAccountAccess.ReloadAsync"/>.
    /// </summary>
    public static IServiceCollection AddAccess(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<IAccountAccess, AccountAccess>();
        services.AddSingleton<ISecuredMarketFeed, SecuredMarketFeed>();
        return services;
    }
}

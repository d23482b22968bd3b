using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Accounts.Credentials;

namespace TradingDashboard.Security.DataProtection;

internal static class KeyRingServiceCollectionExtensions
{
    public const string ApplicationName = "TradingDashboard";

    /// <summary>Data Protection with the key ring in the database, encrypted under the master key, and the credential protector over it.</summary>
    public static IServiceCollection AddDatabaseKeyRing(this IServiceCollection services, string contentRoot)
    {
        services.AddSingleton(sp => MasterKey.Load(sp.GetRequiredService<IOptions<SecurityOptions>>().Value, contentRoot));
        services.AddSingleton<DatabaseXmlRepository>();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>, KeyRingStorageSetup>();
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddSingleton<ICredentialProtector, DataProtectionCredentialProtector>();
        return services;
    }
}

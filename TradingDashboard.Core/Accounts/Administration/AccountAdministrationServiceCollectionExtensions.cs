using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Accounts.Credentials;
using TradingDashboard.Core.Audit;
using TradingDashboard.Core.Connectors.Mt5Bridge;

namespace TradingDashboard.Core.Accounts.Administration;

public static class AccountAdministrationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the account administration (scoped: the user directory behind it usually is),
    /// the credential vault, the audit log and the bridge client used by "Test connection".
    /// The host supplies <see cref="ICredentialProtector"/> and <c>IUserDirectory</c>, and may
    /// replace the <see cref="IBridgeAddress"/> (default: <c>Bridge:BaseUrl</c> only).
    /// </summary>
    public static IServiceCollection AddAccountAdministration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Mt5BridgeOptions>().Bind(configuration.GetSection(Mt5BridgeOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Mt5BridgeOptions>, Mt5BridgeOptionsValidator>());
        services.TryAddSingleton<IBridgeAddress, ConfiguredBridgeAddress>();
        services.AddHttpClient<Mt5BridgeClient>();
        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddSingleton<ICredentialVault, CredentialVault>();
        services.AddScoped<IAccountAdministration, AccountAdministration>();
        return services;
    }
}

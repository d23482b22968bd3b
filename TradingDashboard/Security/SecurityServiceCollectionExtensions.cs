using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Security.Authentication;
using TradingDashboard.Security.Bootstrap;
using TradingDashboard.Security.DataProtection;
using TradingDashboard.Security.Identity;
using TradingDashboard.Security.Persistence;
using TradingDashboard.Security.Users;

namespace TradingDashboard.Security;

public static class SecurityServiceCollectionExtensions
{
    public const string LoginPath = "/account/login";
    public const string DeniedPath = "/account/denied";

    /// <summary>
    /// Identity users and roles in the dashboard's database, the sign-in cookie, "signed in"
    /// as the fallback policy, circuit revalidation, the database key ring, the first-admin
    /// bootstrap and user administration.
    /// </summary>
    public static IServiceCollection AddDashboardSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.SectionName));
        var persistence = configuration.GetSection(PersistenceOptions.SectionName).Get<PersistenceOptions>() ?? new PersistenceOptions();
        services.AddDbContextFactory<SecurityDbContext>(builder => builder.UseSecurityDatabase(persistence));
        services.AddSingleton<SecurityDatabaseInitializer>();
        // Relative to the working directory, like the default SQLite file, so the key sits beside the data it protects.
        services.AddDatabaseKeyRing(Directory.GetCurrentDirectory());
        services.AddIdentityServices();
        services.AddSingleton(_ => new AdminPasswordBanner());
        services.AddSingleton<AdminBootstrapper>();
        services.AddSingleton<IUserAdministration, UserAdministration>();
        services.AddSingleton<IUserDirectory, IdentityUserDirectory>();
        return services;
    }

    private static void AddIdentityServices(this IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddIdentityCore<DashboardUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireUppercase = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireDigit = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SecurityDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<DashboardClaimsPrincipalFactory>();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = LoginPath;
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = DeniedPath;
            cookie.Cookie.Name = "td.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });

        // The cookie re-reads the user as often as circuits do: a lock or role change reaches plain requests too.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = IdentityRevalidatingAuthenticationStateProvider.Interval);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Roles.Admin, policy => policy.RequireRole(Roles.Admin));
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
    }
}

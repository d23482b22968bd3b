using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Access;
using TradingDashboard.Security.Bootstrap;
using TradingDashboard.Security.Identity;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Security;

/// <summary>The first admin: from configuration, or generated and shown once on the console, never in the logs.</summary>
public sealed partial class AdminBootstrapTests
{
    [Fact]
    public async Task Start_AdminConfigured_CreatesItWithThatPasswordAndBothRoles()
    {
        await using var server = DashboardServer.Start(new Dictionary<string, string?> { ["Simulator:Enabled"] = "false" });
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();

        var admin = await users.FindByNameAsync(DashboardServer.AdminUserName);

        Assert.NotNull(admin);
        Assert.False(admin.MustChangePassword);
        Assert.True(await users.IsInRoleAsync(admin, Roles.Admin));
        Assert.True(await users.CheckPasswordAsync(admin, DashboardServer.AdminPassword));
        Assert.True(await roles.RoleExistsAsync(Roles.Trader));
        using var client = server.CreateClient();
        using var signIn = await HttpSignIn.PostLoginAsync(client, DashboardServer.AdminUserName, DashboardServer.AdminPassword);
        Assert.Equal("/", HttpSignIn.RedirectPath(signIn));
    }

    [Fact]
    public async Task Start_NoAdminConfigured_ShowsAGeneratedPasswordOnceAndNeverLogsIt()
    {
        using var console = new StringWriter();
        var logs = new RecordingLoggerProvider();
        var settings = new Dictionary<string, string?>
        {
            ["Simulator:Enabled"] = "false",
            ["Security:Admin:UserName"] = string.Empty,
            ["Security:Admin:Password"] = string.Empty,
            ["Logging:LogLevel:Default"] = "Debug",
        };
        void Capture(IServiceCollection services)
        {
            services.AddSingleton(new AdminPasswordBanner(console));
            services.AddSingleton<ILoggerProvider>(logs);
        }

        await using var first = DashboardServer.Start(settings, Capture);
        var banner = console.ToString();
        var password = BannerPassword().Match(banner).Groups[1].Value;
        using var client = first.CreateClient();
        using var signIn = await HttpSignIn.PostLoginAsync(client, AdminBootstrapper.DefaultAdminUserName, password);
        await using var second = await first.RestartAsync();
        using var secondClient = second.CreateClient();
        using var again = await HttpSignIn.PostLoginAsync(secondClient, AdminBootstrapper.DefaultAdminUserName, password);

        Assert.Equal(GeneratedPassword.Length, password.Length);
        Assert.Contains("user name: admin", banner, StringComparison.Ordinal);
        Assert.StartsWith("/account/password", HttpSignIn.RedirectPath(signIn), StringComparison.Ordinal);
        Assert.Equal(banner, console.ToString());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains(logs.Lines, line => line.Contains("generated password", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_ResetPasswordConfigured_LostAdminSignsInWithTheConfiguredPasswordAgain()
    {
        const string Recovered = "Recovered-Passw0rd-1";
        await using var first = DashboardServer.Start(new Dictionary<string, string?> { ["Simulator:Enabled"] = "false" });
        await using (var scope = first.Services.CreateAsyncScope())
        {
            // The admin forgot the password and locked themselves out.
            var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
            var admin = await users.FindByNameAsync(DashboardServer.AdminUserName);
            Assert.NotNull(admin);
            await users.SetLockoutEndDateAsync(admin, DateTimeOffset.UtcNow.AddHours(1));
        }

        await using var second = await first.RestartAsync(new Dictionary<string, string?>
        {
            ["Security:Admin:Password"] = Recovered,
            ["Security:Admin:ResetPassword"] = "true",
        });
        using var client = second.CreateClient();
        using var old = await HttpSignIn.PostLoginAsync(client, DashboardServer.AdminUserName, DashboardServer.AdminPassword);
        using var signIn = await HttpSignIn.PostLoginAsync(client, DashboardServer.AdminUserName, Recovered);

        Assert.Equal(HttpStatusCode.OK, old.StatusCode); // the form again, with its error: the old password is gone
        Assert.Equal("/", HttpSignIn.RedirectPath(signIn));
    }

    [GeneratedRegex(@"password:\s+(\S+)")]
    private static partial Regex BannerPassword();
}

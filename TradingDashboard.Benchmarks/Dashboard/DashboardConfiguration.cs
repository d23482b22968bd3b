using System.Globalization;
using Microsoft.Extensions.Configuration;
using TradingDashboard.Core.Messaging;

namespace TradingDashboard.Benchmarks.Dashboard;

/// <summary>
/// The configuration the dashboard would read from appsettings: a SQLite file, one seeded MT5
/// account, and either RabbitMQ on a given vhost or the in-process transport. Everything
/// else (prefetch, dedupe window, buffer sizes) stays at the production defaults.
/// </summary>
internal static class DashboardConfiguration
{
    public const string BrokerLogin = "51234567";

    public static IConfiguration Build(string databasePath, Guid accountId, string? virtualHost)
    {
        var values = new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "Sqlite",
            ["Persistence:ConnectionString"] = $"Data Source={databasePath}",
            ["Accounts:Seed:0:Id"] = accountId.ToString("D", CultureInfo.InvariantCulture),
            ["Accounts:Seed:0:DisplayName"] = "Benchmark account",
            ["Accounts:Seed:0:Platform"] = "Mt5",
            ["Accounts:Seed:0:BrokerLogin"] = BrokerLogin,
            ["Accounts:Seed:0:Server"] = "MetaQuotes-Demo",
            ["Accounts:Seed:0:Currency"] = "USD",
            ["Messaging:Transport"] = virtualHost is null ? "InProcess" : "RabbitMq",
        };
        if (virtualHost is not null)
        {
            values["Messaging:RabbitMq:VirtualHost"] = virtualHost;
            values["Messaging:RabbitMq:ClientName"] = "td-bench";
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    /// <summary>The messaging options the dashboard binds for <paramref name="virtualHost"/>, for clients that must match it.</summary>
    public static MessagingOptions Messaging(string virtualHost) =>
        Build("unused.db", Guid.Empty, virtualHost).GetSection(MessagingOptions.SectionName).Get<MessagingOptions>()
            ?? throw new InvalidOperationException("No messaging options.");
}

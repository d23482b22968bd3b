using Radzen;
using TradingDashboard.Components;
using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Messaging;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Simulation;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Endpoints;
using TradingDashboard.Hosting;

var builder = WebApplication.CreateBuilder(args);
var role = builder.Configuration.GetValue("Dashboard:Role", DashboardRole.Dashboard);
if (role == DashboardRole.BridgeSimulator)
{
    // A publisher only: it has no account map, so a consumer here would dead-letter its share of every event.
    builder.Configuration["Messaging:RabbitMq:ConsumerEnabled"] = "false";
}

// Serve package and scoped-CSS assets straight from the build output in every environment
// (`dotnet run` without a launch profile is Production); a no-op for published apps.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddPersistence(builder.Configuration);
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddStreaming(builder.Configuration);
if (role == DashboardRole.Dashboard)
{
    // Registered before the consumers so the database and account map are ready when they start.
    builder.Services.AddHostedService<StartupInitializer>();
}

builder.Services.AddMessaging(builder.Configuration);
builder.Services.AddBridgeSimulator(builder.Configuration);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddRadzenComponents();

var app = builder.Build();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseAntiforgery();
app.MapStaticAssets();
app.MapBridgeSimulatorApi();
if (role == DashboardRole.Dashboard)
{
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
}

app.Run();

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;

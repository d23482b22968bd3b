using Radzen;
using TradingDashboard.Components;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Accounts.Administration;
using TradingDashboard.Core.Candles;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Connectors.Mt5Bridge;
using TradingDashboard.Core.Messaging;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Preferences;
using TradingDashboard.Core.Simulation;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Trading;
using TradingDashboard.Core.Trading.Sync;
using TradingDashboard.Endpoints;
using TradingDashboard.Hosting;
using TradingDashboard.Security;
using TradingDashboard.Security.Account;
using TradingDashboard.Security.Http;

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
    // Registered before the consumers and Data Protection's key ring warm-up, so the database,
    // users and account map are ready when they start.
    builder.Services.AddHostedService<StartupInitializer>();
    builder.Services.AddDashboardSecurity(builder.Configuration);
    builder.Services.AddAccess(builder.Configuration);

    // "Test connection" calls the embedded bridge simulator on this server unless Bridge:BaseUrl is set.
    builder.Services.AddSingleton<IBridgeAddress, ServerBridgeAddress>();
    builder.Services.AddAccountAdministration(builder.Configuration);
    builder.Services.AddCandles(builder.Configuration);
    builder.Services.AddPreferences(builder.Configuration);
    builder.Services.AddConnectors(builder.Configuration);
    builder.Services.AddTrading(builder.Configuration);
    builder.Services.AddTradeSync(builder.Configuration);
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

if (role == DashboardRole.Dashboard)
{
    // Empty 4xx/5xx answers (404 above all) get a page that says what happened; never a stack trace.
    app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
    app.UseDashboardSecurity();
}

app.UseAntiforgery();
app.MapStaticAssets().AllowAnonymous();

// The simulator stands in for the external MT5 bridge, which has its own access control: anonymous
// here. Embedded in the dashboard it answers loopback callers only, since it exposes every account.
var bridgeSimulatorApi = app.MapGroup(string.Empty).AllowAnonymous();
if (role == DashboardRole.Dashboard)
{
    bridgeSimulatorApi.AddEndpointFilter(LoopbackOnlyFilter.InvokeAsync);
}

bridgeSimulatorApi.MapBridgeSimulatorApi();
if (role == DashboardRole.Dashboard)
{
    app.MapAccountEndpoints();
    app.MapTradeHistoryEndpoints();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
}

app.Run();

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;

using Radzen;
using TradingDashboard.Components;
using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Messaging;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Hosting;

var builder = WebApplication.CreateBuilder(args);
var role = builder.Configuration.GetValue("Dashboard:Role", DashboardRole.Dashboard);

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
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddRadzenComponents();

var app = builder.Build();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseAntiforgery();
app.MapStaticAssets();
if (role == DashboardRole.Dashboard)
{
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
}

app.Run();

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;

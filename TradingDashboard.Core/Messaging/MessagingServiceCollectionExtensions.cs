using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Events.Validation;
using TradingDashboard.Core.Messaging.InProcess;
using TradingDashboard.Core.Messaging.Pipeline;
using TradingDashboard.Core.Messaging.RabbitMq;
using TradingDashboard.Core.Streaming;

namespace TradingDashboard.Core.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the event pipeline, an <see cref="IEventPublisher"/> and the consumer of the
    /// configured transport (<c>Messaging:Transport</c>: InProcess or RabbitMq).
    /// Needs <c>AddStreaming</c>, <c>AddAccounts</c> and <c>AddPersistence</c>.
    /// </summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(MessagingOptions.SectionName);
        services.AddOptions<MessagingOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var settings = section.Get<MessagingOptions>() ?? new MessagingOptions();

        services.AddMetrics();
        services.AddSingleton<PipelineMetrics>();
        services.AddSingleton<DeadLetterLog>();
        services.AddSingleton<DayOpenTracker>();
        services.AddSingleton(sp => new EventReader(sp.GetRequiredService<IOptions<MessagingOptions>>().Value.MaxMessageBytes, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new RecentEventWindow(sp.GetRequiredService<IOptions<MessagingOptions>>().Value.DedupeWindow));
        services.AddSingleton<MarketDataApplier>();
        services.AddSingleton<PositionClosedHandler>();
        services.AddSingleton(sp => new EventPipeline(
            sp.GetRequiredService<EventReader>(),
            sp.GetRequiredService<AccountResolver>(),
            sp.GetRequiredService<RecentEventWindow>(),
            sp.GetRequiredService<MarketDataApplier>(),
            sp.GetRequiredService<PositionClosedHandler>(),
            sp.GetRequiredService<PipelineMetrics>(),
            sp.GetRequiredService<ILogger<EventPipeline>>()));

        if (settings.Transport == TransportKind.RabbitMq)
        {
            services.AddSingleton<IEventPublisher, RabbitMqEventPublisher>();
            if (settings.RabbitMq.ConsumerEnabled)
            {
                services.AddHostedService<RabbitMqEventConsumer>();
            }
        }
        else
        {
            services.AddSingleton<InProcessEventBus>();
            services.AddSingleton<IEventPublisher, InProcessEventPublisher>();
            services.AddHostedService<InProcessEventConsumer>();
        }

        return services;
    }
}

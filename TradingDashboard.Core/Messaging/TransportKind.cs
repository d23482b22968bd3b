namespace TradingDashboard.Core.Messaging;

/// <summary>Which transport carries bridge events into the dashboard.</summary>
public enum TransportKind
{
    /// <summary>The embedded default: the simulator hands bytes to the pipeline in process.</summary>
    InProcess,

    /// <summary>A RabbitMQ broker: exchange <c>mt5.events</c>, queue <c>backend.mt5.events</c>.</summary>
    RabbitMq,
}

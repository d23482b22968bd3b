namespace TradingDashboard.Benchmarks.Broker;

/// <summary>Messages ready in <c>backend.mt5.events</c> and in its dead-letter queue.</summary>
internal readonly record struct QueueDepth(uint Ready, uint DeadLettered);

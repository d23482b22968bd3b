namespace TradingDashboard.Core.Messaging.InProcess;

/// <summary>A serialized event on the in-process transport, exactly the bytes a broker would carry.</summary>
internal readonly record struct InProcessMessage(string RoutingKey, ReadOnlyMemory<byte> Body);

namespace TradingDashboard.Core.Messaging;

/// <summary>A transport fault: not confirmed, unroutable, or the broker is unreachable.</summary>
public class MessagingException(string message, Exception? inner = null) : DashboardException(message, inner);

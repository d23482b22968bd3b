namespace TradingDashboard.Core.Connectors;

/// <summary>The broker's current price of a symbol. <see cref="Time"/> is UTC.</summary>
public sealed record BrokerQuote(string Symbol, decimal Bid, decimal Ask, DateTimeOffset Time);

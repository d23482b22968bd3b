using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>One reference-counted subscription: account, kind, symbol (broker casing) and, for candles, timeframe.</summary>
internal readonly record struct SubscriptionKey(string Login, SubscriptionKind Kind, string Symbol, Timeframe? Timeframe);

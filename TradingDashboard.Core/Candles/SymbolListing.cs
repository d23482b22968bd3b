namespace TradingDashboard.Core.Candles;

/// <summary>A symbol the account can chart, e.g. <c>BTCUSD.a</c> with 2 digits.</summary>
public sealed record SymbolListing(string Symbol, int Digits, string? Description);

namespace TradingDashboard.Core.Trading.Execution;

/// <summary>An intent after validation: its field errors, or its values rounded as the broker needs them.</summary>
/// <param name="Errors">By intent property name (Volume, StopLoss, TakeProfit, Price, Symbol); empty when valid.</param>
internal sealed record OrderCheck(IReadOnlyDictionary<string, string> Errors, decimal Volume, decimal? Price, decimal? StopLoss, decimal? TakeProfit)
{
    public bool IsValid => Errors.Count == 0;

    public string Summary => $"The order is not valid: {string.Join(" ", Errors.Values)}";
}

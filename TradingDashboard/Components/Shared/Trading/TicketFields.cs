using TradingDashboard.Core.Trading;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>
/// Field names of the ticket's errors. The intent's own property names, so the server's
/// <see cref="OrderOutcome.FieldErrors"/> land next to the same inputs as the ticket's checks.
/// </summary>
public static class TicketFields
{
    public const string Volume = nameof(OpenOrderIntent.Volume);
    public const string Price = nameof(OpenOrderIntent.Price);
    public const string StopLoss = nameof(OpenOrderIntent.StopLoss);
    public const string TakeProfit = nameof(OpenOrderIntent.TakeProfit);
    public const string ProfitTarget = nameof(OpenOrderIntent.ProfitTarget);
    public const string Symbol = nameof(OpenOrderIntent.Symbol);
    public const string RiskPercent = "RiskPercent";

    /// <summary>Errors the ticket shows above its inputs: no quote yet, or a server error about no single field.</summary>
    public const string General = "General";

    /// <summary>The inputs the ticket shows errors under; anything else is shown as <see cref="General"/>.</summary>
    public static IReadOnlySet<string> Inputs { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Volume, Price, StopLoss, TakeProfit, ProfitTarget, RiskPercent,
    };
}

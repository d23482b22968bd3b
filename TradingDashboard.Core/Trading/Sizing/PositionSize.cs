namespace TradingDashboard.Core.Trading.Sizing;

/// <summary>A risk-based volume and the money it actually puts at risk.</summary>
/// <param name="Volume">Volume rounded down to the step; zero for an invalid stop.</param>
/// <param name="RiskMoney">Account-currency loss at the stop with <paramref name="Volume"/>.</param>
/// <param name="TargetRiskMoney">Capital × risk %, the most the trader asked to risk.</param>
/// <param name="Error">Null when the volume can be sent.</param>
public sealed record PositionSize(decimal Volume, decimal RiskMoney, decimal TargetRiskMoney, SizingError? Error)
{
    public bool IsValid => Error is null;
}

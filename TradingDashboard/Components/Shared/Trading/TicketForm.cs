using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>What the trader typed into a ticket, before it is checked and priced (<see cref="TicketEvaluator"/>).</summary>
public sealed class TicketForm
{
    public PositionSide Side { get; set; } = PositionSide.Buy;

    public OrderType Type { get; set; } = OrderType.Market;

    /// <summary>The limit or stop price; ignored for market orders.</summary>
    public decimal? Price { get; set; }

    public VolumeMode VolumeMode { get; set; } = VolumeMode.Lots;

    public decimal? Lots { get; set; }

    /// <summary>Percent of the balance lost at the stop, 1 = 1 %.</summary>
    public decimal? RiskPercent { get; set; } = 1m;

    public LevelMode LevelMode { get; set; } = LevelMode.Pips;

    public decimal? StopLossPrice { get; set; }

    public decimal? StopLossPips { get; set; }

    public decimal? TakeProfitPrice { get; set; }

    public decimal? TakeProfitPips { get; set; }

    public bool ProfitTargetEnabled { get; set; }

    public decimal? ProfitTargetPrice { get; set; }

    public decimal? ProfitTargetPips { get; set; }

    /// <summary>Share of the volume TP1 closes, in percent.</summary>
    public decimal? ProfitTargetPercent { get; set; } = 50m;

    /// <summary>What is typed for a level, in the current <see cref="LevelMode"/>'s unit.</summary>
    public decimal? Level(TicketLevelKind kind) => (kind, LevelMode) switch
    {
        (TicketLevelKind.StopLoss, LevelMode.Pips) => StopLossPips,
        (TicketLevelKind.StopLoss, _) => StopLossPrice,
        (TicketLevelKind.TakeProfit, LevelMode.Pips) => TakeProfitPips,
        (TicketLevelKind.TakeProfit, _) => TakeProfitPrice,
        (_, LevelMode.Pips) => ProfitTargetPips,
        _ => ProfitTargetPrice,
    };

    /// <summary>Sets what is typed for a level, in the current <see cref="LevelMode"/>'s unit.</summary>
    public void SetLevel(TicketLevelKind kind, decimal? value)
    {
        var pips = LevelMode == LevelMode.Pips;
        switch (kind)
        {
            case TicketLevelKind.StopLoss when pips:
                StopLossPips = value;
                break;
            case TicketLevelKind.StopLoss:
                StopLossPrice = value;
                break;
            case TicketLevelKind.TakeProfit when pips:
                TakeProfitPips = value;
                break;
            case TicketLevelKind.TakeProfit:
                TakeProfitPrice = value;
                break;
            case TicketLevelKind.ProfitTarget when pips:
                ProfitTargetPips = value;
                break;
            default:
                ProfitTargetPrice = value;
                break;
        }
    }

    /// <summary>
    /// Switches how levels are typed, carrying each level over in the new unit (from the last
    /// evaluation), so the trader sees the same SL/TP rather than blank fields.
    /// </summary>
    public void UseLevelMode(LevelMode mode, TicketEvaluation? current)
    {
        if (mode == LevelMode)
        {
            return;
        }

        LevelMode = mode;
        if (mode == LevelMode.Price)
        {
            StopLossPrice = current?.StopLoss?.Price;
            TakeProfitPrice = current?.TakeProfit?.Price;
            ProfitTargetPrice = current?.ProfitTarget?.Price;
        }
        else
        {
            StopLossPips = current?.StopLoss?.Pips;
            TakeProfitPips = current?.TakeProfit?.Pips;
            ProfitTargetPips = current?.ProfitTarget?.Pips;
        }
    }
}

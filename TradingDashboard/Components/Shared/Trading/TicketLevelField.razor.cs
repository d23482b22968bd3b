using Microsoft.AspNetCore.Components;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>An SL, TP or TP1 input in pips or price, showing the level in both units once it can be computed.</summary>
public sealed partial class TicketLevelField
{
    [Parameter, EditorRequired]
    public string Label { get; set; } = "";

    /// <summary>Short name for ids and test ids: <c>sl</c>, <c>tp</c>, <c>tp1</c>.</summary>
    [Parameter, EditorRequired]
    public string Key { get; set; } = "";

    [Parameter]
    public LevelMode Mode { get; set; }

    /// <summary>The symbol's digits, for the price.</summary>
    [Parameter]
    public int Digits { get; set; }

    [Parameter]
    public string Step { get; set; } = "1";

    /// <summary>What the trader typed, in <see cref="Mode"/>'s unit.</summary>
    [Parameter]
    public decimal? Value { get; set; }

    [Parameter]
    public EventCallback<decimal?> ValueChanged { get; set; }

    /// <summary>The evaluated level; null while empty or not computable.</summary>
    [Parameter]
    public TicketLevel? Level { get; set; }

    [Parameter]
    public string? Error { get; set; }
}

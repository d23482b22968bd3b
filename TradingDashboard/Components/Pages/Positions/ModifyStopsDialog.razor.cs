using System.Globalization;
using Microsoft.AspNetCore.Components;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Components.Pages.Positions;

/// <summary>
/// Sets a position's SL/TP. The trading service judges the levels (side of the price, stops
/// level); its field errors show under the fields. An empty field removes the level.
/// Closes with the <see cref="OrderOutcome"/>.
/// </summary>
public sealed partial class ModifyStopsDialog
{
    private decimal? _stopLoss;
    private decimal? _takeProfit;

    /// <summary>The position whose stops change.</summary>
    [Parameter, EditorRequired]
    public PositionLine Line { get; set; } = default!;

    /// <summary>The symbol's specification, for the tick size and stops level; optional.</summary>
    [Parameter]
    public SymbolInfo? Symbol { get; set; }

    /// <summary>The symbol's digits.</summary>
    [Parameter]
    public int Digits { get; set; }

    protected override IReadOnlyCollection<string> FieldsShown { get; } = [nameof(ModifyIntent.StopLoss), nameof(ModifyIntent.TakeProfit)];

    private string PriceFormat => "F" + Digits.ToString(CultureInfo.InvariantCulture);

    private string StepText => (Symbol?.TickSize ?? Pow10(-Digits)).ToString(CultureInfo.InvariantCulture);

    private string Hint
    {
        get
        {
            var side = Line.Position.Direction == PositionSide.Buy
                ? "For a buy the stop loss goes below the bid and the take profit above it."
                : "For a sell the stop loss goes above the ask and the take profit below it.";
            return Symbol is { StopsLevel: > 0 } s
                ? string.Create(CultureInfo.InvariantCulture, $"{side} Both at least {s.StopsLevel} points away. Leave a field empty to remove its level.")
                : $"{side} Leave a field empty to remove its level.";
        }
    }

    protected override void OnInitialized()
    {
        _stopLoss = Line.Position.StopLoss is > 0m ? Line.Position.StopLoss : null;
        _takeProfit = Line.Position.TakeProfit is > 0m ? Line.Position.TakeProfit : null;
    }

    private Task SubmitAsync()
    {
        ClearErrors();
        if (_stopLoss is < 0m || _takeProfit is < 0m)
        {
            SetFieldError(_stopLoss is < 0m ? nameof(ModifyIntent.StopLoss) : nameof(ModifyIntent.TakeProfit), "Enter a price above zero, or leave the field empty to remove the level.");
            return Task.CompletedTask;
        }

        // MT5 reads 0 as "no level".
        var stopLoss = _stopLoss is > 0m ? _stopLoss : null;
        var takeProfit = _takeProfit is > 0m ? _takeProfit : null;
        if (stopLoss == (Line.Position.StopLoss is > 0m ? Line.Position.StopLoss : null)
            && takeProfit == (Line.Position.TakeProfit is > 0m ? Line.Position.TakeProfit : null))
        {
            SetFieldError(nameof(ModifyIntent.StopLoss), "Nothing to change: set a different stop loss or take profit.");
            return Task.CompletedTask;
        }

        var intent = new ModifyIntent(AccountId, Line.Ticket, stopLoss, takeProfit, Key, Lineage);
        return SubmitAsync("Modify", () => Trading.ModifyPositionAsync(User, intent, CancellationToken.None), Refused);
    }

    private static decimal Pow10(int exponent)
    {
        var value = 1m;
        for (var i = 0; i < -exponent; i++)
        {
            value /= 10m;
        }

        return value;
    }
}

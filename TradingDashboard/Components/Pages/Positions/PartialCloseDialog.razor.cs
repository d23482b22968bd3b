using System.Globalization;
using Microsoft.AspNetCore.Components;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Components.Pages.Positions;

/// <summary>
/// Closes part of a position: the volume is checked against the symbol's minimum and step and the
/// position's volume before anything is sent. Closing it all is a full close. Closes with the <see cref="OrderOutcome"/>.
/// </summary>
public sealed partial class PartialCloseDialog
{
    private decimal? _volume;

    /// <summary>The position to reduce.</summary>
    [Parameter, EditorRequired]
    public PositionLine Line { get; set; } = default!;

    /// <summary>The symbol's specification; without it only the position's volume bounds the input.</summary>
    [Parameter]
    public SymbolInfo? Symbol { get; set; }

    protected override IReadOnlyCollection<string> FieldsShown { get; } = [nameof(CloseIntent.Volume)];

    private decimal Step => Symbol?.VolumeStep ?? 0.01m;

    private string StepText => Step.ToString(CultureInfo.InvariantCulture);

    private string VolumeFormat => "0." + new string('0', Math.Max(2, PriceText.Decimals(Step)));

    private string Hint => Symbol is { } s
        ? $"Between {PriceText.Volume(s.VolumeMin)} and {PriceText.Volume(Line.Position.Volume)} lots, in steps of {PriceText.Volume(s.VolumeStep)}."
        : $"Up to {PriceText.Volume(Line.Position.Volume)} lots.";

    private string SubmitText => _volume is { } volume && volume > 0m && volume <= Line.Position.Volume
        ? volume == Line.Position.Volume ? "Close the whole position" : $"Close {PriceText.Volume(volume)} lots"
        : "Close volume";

    protected override void OnInitialized()
    {
        // Half the position, on the step, as MT5's default partial close is a round figure.
        var half = Math.Floor(Line.Position.Volume / 2m / Step) * Step;
        _volume = Symbol is { } s && half < s.VolumeMin ? Line.Position.Volume : Math.Max(half, Step);
    }

    /// <summary>Why the volume cannot be closed, or null when it can.</summary>
    public static string? Validate(decimal? volume, decimal positionVolume, SymbolInfo? symbol)
    {
        if (volume is not { } value || value <= 0m)
        {
            return "Enter the volume to close.";
        }

        if (value > positionVolume)
        {
            return $"At most {PriceText.Volume(positionVolume)} lots: the position's volume.";
        }

        if (symbol is null)
        {
            return null;
        }

        if (value < symbol.VolumeMin)
        {
            return $"At least {PriceText.Volume(symbol.VolumeMin)} lots.";
        }

        if (value % symbol.VolumeStep != 0m)
        {
            return $"Use a multiple of {PriceText.Volume(symbol.VolumeStep)} lots.";
        }

        var left = positionVolume - value;
        return left > 0m && left < symbol.VolumeMin
            ? $"That would leave {PriceText.Volume(left)} lots open, below the minimum of {PriceText.Volume(symbol.VolumeMin)}: close the whole position instead."
            : null;
    }

    private Task SubmitAsync()
    {
        ClearErrors();
        if (Validate(_volume, Line.Position.Volume, Symbol) is { } error)
        {
            SetFieldError(nameof(CloseIntent.Volume), error);
            return Task.CompletedTask;
        }

        var all = _volume == Line.Position.Volume;
        var intent = new CloseIntent(
            AccountId,
            Line.Ticket,
            all ? null : _volume,
            Key,
            all ? CloseReason.Manual : CloseReason.PartialClose,
            Lineage);
        return SubmitAsync("Partial close", () => Trading.ClosePositionAsync(User, intent, CancellationToken.None), Refused);
    }
}

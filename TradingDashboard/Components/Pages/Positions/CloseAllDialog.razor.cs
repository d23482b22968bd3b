using Microsoft.AspNetCore.Components;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Components.Pages.Positions;

/// <summary>
/// Confirms "close all" for an account, listing what is open, and closes every position with one
/// key per position (<c>{dialog key}:{ticket}</c>). Closes with the list of <see cref="OrderOutcome"/>s.
/// </summary>
public sealed partial class CloseAllDialog
{
    /// <summary>The positions shown when the dialog opened.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<PositionLine> Lines { get; set; } = [];

    [Parameter, EditorRequired]
    public string AccountName { get; set; } = default!;

    /// <summary>The account currency, for the P/L.</summary>
    [Parameter, EditorRequired]
    public string Currency { get; set; } = default!;

    private Task SubmitAsync() => SubmitAsync(
        "Close all",
        () => Trading.CloseAllAsync(User, AccountId, Key, Lineage, CancellationToken.None),
        AllRefused);

    // When nothing at all was sent (breaker open, access), the dialog stays open with the reason.
    private static OrderOutcome? AllRefused(IReadOnlyList<OrderOutcome> outcomes) =>
        outcomes.Count > 0 && outcomes.All(o => o.Status == OrderStatus.Refused) ? outcomes[0] : null;
}

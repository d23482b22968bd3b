using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Options;
using Radzen;
using TradingDashboard.Core;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;
using TradingDashboard.Core.Trading;
using TradingDashboard.Core.Trading.Precision;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>
/// An order ticket for one account's symbol: live bid/ask with their age, market/limit/stop,
/// volume in lots or by risk %, SL/TP as price or pips, TP1, the projected risk, reward and R:R,
/// a confirmation step, and the broker's answer. One idempotency key per intent (renewed only
/// once the order is final), and one send at a time however fast the buttons are clicked.
/// </summary>
public sealed partial class TradeTicket : IDisposable
{
    public const string TicketOperation = "trading.ticket";

    private readonly Dictionary<string, string> _serverErrors = new(StringComparer.Ordinal);

    // The latest update of each order since opening, so a settlement that overtakes the send's own answer is not missed.
    private readonly Dictionary<Guid, TradeUpdate> _orderUpdates = [];
    private readonly CancellationTokenSource _closing = new();
    private TicketForm _form = new();
    private TicketSendGuard _guard = new();
    private TicketQuote _quote = new();
    private (Guid AccountId, string Symbol)? _openedFor;
    private PositionSide? _sideAsked;
    private DateTimeOffset _openedAt;
    private AccessUser? _user;
    private TradingDashboard.Core.Domain.Account? _account;
    private SymbolInfo? _symbol;
    private string? _notice;
    private bool _loading;
    private decimal? _balance;
    private string? _balanceNote;
    private LiveFeed? _prices;
    private LiveFeed? _orders;
    private TicketStep _step = TicketStep.Edit;
    private TicketEvaluation? _last;
    private TicketEvaluation? _review;
    private TicketResult? _result;
    private TicketResult? _banner;
    private bool _disposed;

    [Inject]
    private ITradingService Trading { get; set; } = default!;

    [Inject]
    private ISecuredMarketFeed Feed { get; set; } = default!;

    [Inject]
    private IAccountAccess Access { get; set; } = default!;

    [Inject]
    private IOptions<TradingOptions> Options { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ILogger<TradeTicket> Logger { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The internal account to trade on.</summary>
    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    /// <summary>The symbol in the broker's casing.</summary>
    [Parameter, EditorRequired]
    public string Symbol { get; set; } = "";

    /// <summary>The side chosen where the ticket was opened (a Sell or Buy button); Buy when absent.</summary>
    [Parameter]
    public PositionSide? Side { get; set; }

    /// <summary>The idempotency key the next submit of this ticket carries (for tests and support).</summary>
    public string IntentKey => _guard.Key;

    private string Currency => _account?.Currency ?? "";

    private ButtonStyle SideStyle => _form.Side == PositionSide.Buy ? ButtonStyle.Primary : ButtonStyle.Danger;

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _closing.Cancel();
        CloseFeeds();

        // The token source is only cancelled, never disposed: a load still awaiting the broker reads its token afterwards.
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_openedFor == (AccountId, Symbol))
        {
            // Opened again for the same symbol from the other side's button: switch sides, keep the rest.
            if (Side is { } side && side != _sideAsked)
            {
                _sideAsked = side;
                SetSide(side);
            }

            return;
        }

        _openedFor = (AccountId, Symbol);
        _sideAsked = Side;
        await OpenAsync();
    }

    private async Task OpenAsync()
    {
        CloseFeeds();
        _notice = null;
        _symbol = null;
        _balance = null;
        _balanceNote = null;
        _orderUpdates.Clear();
        _quote = new TicketQuote();

        // Another symbol is another intent, with its own key and in-flight flag (a send still running
        // for the previous one finishes on its own guard and is only toasted), and nothing typed for
        // the previous symbol carries over.
        _guard = new TicketSendGuard();
        _form = new TicketForm { Side = Side ?? PositionSide.Buy };
        ResetToEdit(newIntent: false);
        _user = await SignedInUser.ResolveAsync(AuthenticationState);
        if (_user is null)
        {
            _notice = LiveSubscription.SignedOut;
            return;
        }

        try
        {
            _account = Access.Demand(_user, AccountId, TicketOperation);
        }
        catch (AccessDeniedException ex)
        {
            _notice = ex.Message;
            return;
        }

        _openedAt = Time.GetUtcNow();
        _notice = OpenFeeds(_user);
        if (_notice is null)
        {
            await LoadAsync();
        }
    }

    private string? OpenFeeds(AccessUser user)
    {
        var refusal = LiveSubscription.TryOpen(Feed, user, MarketTopic.Group(GroupKeys.Prices(AccountId, Symbol)), out var prices);
        if (prices is null)
        {
            return refusal ?? LiveSubscription.SignedOut;
        }

        refusal = LiveSubscription.TryOpen(Feed, user, MarketTopic.Group(GroupKeys.Account(AccountId)), out var orders);
        if (orders is null)
        {
            prices.Dispose();
            return refusal ?? LiveSubscription.SignedOut;
        }

        // Only prices render on their own (at most ten times a second, and each second for the ages);
        // the account topic renders only when it settles an order this ticket is verifying.
        var quote = _quote;
        _prices = LiveFeed.Open(prices, Logger, Time, RendererInfo.IsInteractive, quote.Apply, InvokeAsync, StateHasChanged);
        var feed = new LiveFeed(orders, Logger, Time);
        ApplyAccount(feed.TakePending());
        if (!RendererInfo.IsInteractive)
        {
            feed.Dispose();
            return null;
        }

        _orders = feed;
        feed.Start(
            batch => InvokeAsync(() =>
            {
                if (!feed.IsDisposed && ApplyAccount(batch))
                {
                    StateHasChanged();
                }
            }),
            () => Task.CompletedTask);
        return null;
    }

    private async Task LoadAsync()
    {
        if (_user is not { } user)
        {
            return;
        }

        _loading = true;
        _notice = null;
        var token = _closing.Token;
        try
        {
            _symbol = await Trading.GetSymbolAsync(user, AccountId, Symbol, token);
            if (_symbol is null)
            {
                _notice = $"The broker has no symbol {Symbol} on this account.";
                return;
            }

            _form.Lots ??= _symbol.VolumeMin;
            try
            {
                _balance = (await Trading.GetAccountInfoAsync(user, AccountId, token)).Balance;
                _balanceNote = null;
            }
            catch (Exception ex) when (IsBrokerFault(ex))
            {
                TradeTicketLog.LoadFailed(Logger, ex, AccountId, Symbol, "account info");
                _balanceNote = "The balance is unavailable, so sizing by risk is off: " + Reason(ex);
            }
        }
        catch (OperationCanceledException) when (_closing.IsCancellationRequested)
        {
            // The ticket closed while loading.
        }
        catch (AccessDeniedException ex)
        {
            _notice = ex.Message;
        }
        catch (Exception ex) when (IsBrokerFault(ex))
        {
            TradeTicketLog.LoadFailed(Logger, ex, AccountId, Symbol, "the symbol specification");
            _notice = "The symbol's specification could not be loaded from the broker: " + Reason(ex);
        }
        finally
        {
            _loading = false;
        }
    }

    private void CloseFeeds()
    {
        _prices?.Dispose();
        _orders?.Dispose();
        _prices = null;
        _orders = null;
    }

    /// <returns>True when an order this ticket is verifying was settled.</returns>
    private bool ApplyAccount(IReadOnlyList<MarketUpdate> updates)
    {
        var settled = false;
        foreach (var update in updates)
        {
            // The last-value cache replays the account's last update: only what happened since opening counts.
            if (update.ReceivedAt < _openedAt)
            {
                continue;
            }

            switch (update)
            {
                case TradeUpdate trade:
                    if (_orderUpdates.Count >= 64)
                    {
                        _orderUpdates.Clear();
                    }

                    _orderUpdates[trade.OrderId] = trade;
                    settled |= Settle(trade);
                    break;
                case AccountSnapshotUpdate snapshot:
                    // The broker's own balance, as fresh as GetAccountInfoAsync's: risk sizing follows it.
                    _balance = snapshot.Snapshot.Balance;
                    _balanceNote = null;
                    break;
            }
        }

        return settled;
    }

    /// <summary>Replaces "verifying" by what reconciliation found, once an update of that order says so.</summary>
    private bool Settle(TradeUpdate update)
    {
        if (_result?.SettledBy(update, _symbol?.Digits ?? 5) is not { } settled)
        {
            return false;
        }

        _guard.Renew();
        if (settled.Kind is TicketResultKind.Filled or TicketResultKind.Placed)
        {
            _result = settled;
        }
        else
        {
            ShowInEdit(settled);
        }

        return true;
    }

    private TicketEvaluation? Evaluate()
    {
        if (_symbol is null)
        {
            return null;
        }

        _last = TicketEvaluator.Evaluate(_form, new TicketMarket(_symbol, _quote.Bid, _quote.Ask, _balance, Currency));
        return _last;
    }

    private TradeAvailability Availability()
    {
        if (_user is not { } user)
        {
            return new(false, LiveSubscription.SignedOut);
        }

        TradingStatus status;
        try
        {
            status = Trading.GetStatus(user, AccountId);
        }
        catch (AccessDeniedException ex)
        {
            return new(false, ex.Message);
        }

        return TradeAvailability.Evaluate(status, _quote.ReceivedAt, Time.GetUtcNow(), Options.Value.StalePriceSeconds);
    }

    private void Changed() => _serverErrors.Clear();

    private void SetSide(PositionSide side)
    {
        if (_step == TicketStep.Edit)
        {
            _form.Side = side;
            Changed();
        }
    }

    private void SetType(OrderType type)
    {
        var wasMarket = _form.Type == OrderType.Market;
        _form.Type = type;
        if (type != OrderType.Market && (wasMarket || _form.Price is null) && _symbol is { } symbol)
        {
            // Prefilled from the price the order would trade at now; the trader moves it from there.
            _form.Price = _quote.For(_form.Side) is { } price ? PriceRounding.Round(price, symbol) : null;
        }

        Changed();
    }

    private void SetVolumeMode(VolumeMode mode)
    {
        if (mode == VolumeMode.Lots && _last?.Sizing is { IsValid: true } sized)
        {
            _form.Lots = sized.Volume;
        }

        _form.VolumeMode = mode;
        Changed();
    }

    private void SetLevelMode(LevelMode mode)
    {
        _form.UseLevelMode(mode, _last);
        Changed();
    }

    private void SetLevel(TicketLevelKind kind, decimal? value)
    {
        _form.SetLevel(kind, value);
        Changed();
    }

    private void Review()
    {
        // Clicks queued before the summary reached the browser land here again: nothing to do twice.
        if (_step != TicketStep.Edit || Evaluate() is not { IsValid: true } evaluation || !Availability().Enabled)
        {
            return;
        }

        _banner = null;
        _review = evaluation;
        _step = TicketStep.Review;
    }

    private void Back()
    {
        if (_step == TicketStep.Review && !_guard.IsSending)
        {
            _step = TicketStep.Edit;
        }
    }

    private async Task ConfirmAsync(MouseEventArgs args)
    {
        // The second press of a double-click on the submit button lands on Confirm once the summary
        // shows: a confirmation takes a click of its own.
        if (args.Detail > 1 || _step != TicketStep.Review || _review is not { } review || _user is not { } user || !Availability().Enabled)
        {
            return;
        }

        // Blazor may run this handler for every queued click before the disabled button is rendered:
        // the guard lets one through, and it stays this ticket's even if the ticket moves on meanwhile.
        var guard = _guard;
        if (await TicketSender.SendAsync(Trading, user, AccountId, review, guard, Logger) is not { } result
            || guard != _guard
            || _disposed)
        {
            return;
        }

        if (result.Kind is TicketResultKind.Filled or TicketResultKind.Placed or TicketResultKind.Verifying)
        {
            _result = result;
            _step = TicketStep.Result;
            if (result.OrderId is { } id && _orderUpdates.TryGetValue(id, out var update))
            {
                Settle(update);
            }

            return;
        }

        ShowInEdit(result);
        foreach (var (field, message) in result.FieldErrors)
        {
            _serverErrors[field] = message;
        }
    }

    /// <summary>Back to the form with the broker's or the platform's answer above it; the fields stay as they were.</summary>
    private void ShowInEdit(TicketResult result)
    {
        _banner = result;
        _result = null;
        _review = null;
        _step = TicketStep.Edit;
    }

    private void NewOrder()
    {
        if (_result is not { Kind: TicketResultKind.Verifying } && !_guard.IsSending)
        {
            ResetToEdit(newIntent: true);
        }
    }

    private void ResetToEdit(bool newIntent)
    {
        if (newIntent)
        {
            _guard.Renew();
        }

        _serverErrors.Clear();
        _result = null;
        _review = null;
        _banner = null;
        _step = TicketStep.Edit;
    }

    private void Close() => Dialogs.CloseSide();

    private async Task RetryAsync()
    {
        if (!_loading)
        {
            await LoadAsync();
        }
    }

    private string? ErrorFor(TicketEvaluation evaluation, string field) =>
        evaluation.Errors.GetValueOrDefault(field) ?? _serverErrors.GetValueOrDefault(field);

    /// <summary>Errors about no single input: no price yet, or a server error naming a field the ticket has no input for.</summary>
    private IEnumerable<string> GeneralErrors(TicketEvaluation evaluation)
    {
        if (evaluation.Errors.TryGetValue(TicketFields.General, out var general))
        {
            yield return general;
        }

        foreach (var (field, message) in _serverErrors)
        {
            if (!TicketFields.Inputs.Contains(field))
            {
                yield return message;
            }
        }
    }

    private string SideClass(PositionSide side) =>
        $"side {(side == PositionSide.Buy ? "buy" : "sell")}{(_form.Side == side ? " active" : string.Empty)}";

    private string SpreadText(SymbolInfo symbol) => _quote.SpreadPips(symbol) is { } pips ? TicketText.Pips(pips) : string.Empty;

    private string LevelStep(SymbolInfo symbol) => _form.LevelMode == LevelMode.Pips ? "1" : Step(symbol.TickSize);

    private static string Step(decimal step) => step.ToString(CultureInfo.InvariantCulture);

    private static string PriceText(decimal? price, int digits) => price is { } p ? TicketText.Price(p, digits) : "—";

    private static string Reason(Exception ex) =>
        ex is DashboardException ? ex.Message : "the broker did not answer.";

    // The broker down, slow or answering nonsense: a notice in the ticket, never a broken circuit.
    private bool IsBrokerFault(Exception ex) =>
        ex is DashboardException and not AccessDeniedException or HttpRequestException or TimeoutException or System.Text.Json.JsonException
        || (ex is OperationCanceledException && !_closing.IsCancellationRequested);
}

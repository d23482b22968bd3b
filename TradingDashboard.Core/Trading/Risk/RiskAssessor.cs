using Microsoft.Extensions.Options;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading.Execution;
using TradingDashboard.Core.Trading.Gateway;
using TradingDashboard.Core.Trading.Precision;

namespace TradingDashboard.Core.Trading.Risk;

/// <summary>Gathers what the account's enabled rules need (balance, open count, today's result) and applies <see cref="RiskRules"/>.</summary>
internal sealed class RiskAssessor(BrokerGateway broker, DailyRealizedResult daily, IOptions<TradingOptions> options, TimeProvider time)
{
    /// <returns>The refusal, or null when the new position is within every rule.</returns>
    public async Task<string?> AssessOpenAsync(Account account, OpenOrderIntent intent, OrderCheck check, SymbolInfo symbol, BrokerQuote quote, CancellationToken cancellationToken)
    {
        var limits = options.Value.RiskFor(account.Id);
        var entry = check.Price ?? (intent.Direction == PositionSide.Buy ? quote.Ask : quote.Bid);
        decimal? loss = check.StopLoss is { } stop ? LossAt(symbol, intent.Direction, entry, stop, check.Volume) : null;

        var balance = 0m;
        var currency = account.Currency;
        if (limits.MaxRiskPercentPerTrade is not null && loss is not null)
        {
            var info = await broker.ReadAsync(account, (c, t) => c.GetAccountInfoAsync(t), cancellationToken).ConfigureAwait(false);
            (balance, currency) = (info.Balance, info.Currency);
        }

        var openCount = 0;
        if (limits.MaxOpenPositions is not null)
        {
            var positions = await broker.ReadAsync(account, (c, t) => c.GetPositionsAsync(t), cancellationToken).ConfigureAwait(false);
            var pending = await broker.ReadAsync(account, (c, t) => c.GetPendingOrdersAsync(t), cancellationToken).ConfigureAwait(false);
            openCount = positions.Count + pending.Count;
        }

        var today = limits.DailyLossLimit is null ? 0m : await daily.TodayAsync(account.Id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return RiskRules.Evaluate(limits, new RiskExposure(check.Volume, loss, balance, openCount, today, currency));
    }

    /// <summary>A stop moved further away (or removed) must still respect the risk per trade; tightening is never refused.</summary>
    public async Task<string?> AssessStopChangeAsync(Account account, BrokerPosition position, decimal? newStopLoss, SymbolInfo symbol, CancellationToken cancellationToken)
    {
        var limits = options.Value.RiskFor(account.Id);
        if (limits.MaxRiskPercentPerTrade is null || !Widens(position, newStopLoss))
        {
            return null;
        }

        decimal? loss = newStopLoss is { } stop ? LossAt(symbol, position.Direction, position.PriceOpen, stop, position.Volume) : null;
        var info = await broker.ReadAsync(account, (c, t) => c.GetAccountInfoAsync(t), cancellationToken).ConfigureAwait(false);
        return RiskRules.EvaluateStop(limits, loss, info.Balance, info.Currency);
    }

    /// <summary>True when the new stop risks more than the current one: removed, or moved away from the price.</summary>
    public static bool Widens(BrokerPosition position, decimal? newStopLoss)
    {
        ArgumentNullException.ThrowIfNull(position);
        return (position.StopLoss, newStopLoss) switch
        {
            (null, _) => false,
            (not null, null) => true,
            ({ } old, { } next) => position.Direction == PositionSide.Buy ? next < old : next > old,
        };
    }

    /// <summary>The loss if the stop is hit, never negative (a stop beyond the entry locks in profit).</summary>
    public static decimal LossAt(SymbolInfo symbol, PositionSide side, decimal entry, decimal stopLoss, decimal volume) =>
        volume <= 0m ? 0m : Math.Max(0m, -ProfitCalculator.FromTicks(symbol, side, entry, stopLoss, volume));
}

using TradingDashboard.Core.Events;
using TradingDashboard.Core.Events.Payloads;
using TradingDashboard.Core.Events.Validation;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Core.Messaging.Pipeline;

/// <summary>
/// Applies latest-wins market data in memory: drops updates older than their stream's newest,
/// then publishes to the hub. Never touches the database. Each payload is mapped before its
/// stream advances, so an event that cannot be applied never moves the stream's position.
/// </summary>
internal sealed class MarketDataApplier(IMarketHub hub, DayOpenTracker dayOpens, TimeProvider time)
{
    private readonly StreamOrderGuard _order = new();

    public ProcessingOutcome Apply(InboundEvent inbound, Guid accountId)
    {
        var receivedAt = time.GetUtcNow();
        var occurred = inbound.OccurredAt.UtcTicks;
        switch (inbound.Payload)
        {
            case PriceTickPayload p:
                var tick = PayloadMapper.ToTick(accountId, p);
                var prices = GroupKeys.Prices(accountId, p.Symbol);
                if (!_order.TryAdvance(prices, new StreamPosition(p.TimeMsc, occurred)))
                {
                    return ProcessingOutcome.Stale;
                }

                hub.Publish(new QuoteUpdate(prices, receivedAt, tick, dayOpens.Observe(prices, tick.Time, tick.Bid)));
                return ProcessingOutcome.Applied;

            case CandleUpdatePayload p:
                var candle = PayloadMapper.ToCandle(accountId, p);
                var candles = GroupKeys.Candles(accountId, p.Symbol, candle.Timeframe);
                if (!_order.TryAdvance(candles, new StreamPosition(p.Time, occurred)))
                {
                    return ProcessingOutcome.Stale;
                }

                hub.Publish(new CandleBarUpdate(candles, receivedAt, candle));
                return ProcessingOutcome.Applied;

            case AccountInfoPayload p:
                var snapshot = PayloadMapper.ToSnapshot(accountId, p, inbound.OccurredAt);
                var account = GroupKeys.Account(accountId);
                if (!_order.TryAdvance($"{account}:{EventTypes.AccountInfo}", new StreamPosition(occurred, 0)))
                {
                    return ProcessingOutcome.Stale;
                }

                hub.Publish(new AccountSnapshotUpdate(account, receivedAt, snapshot));
                return ProcessingOutcome.Applied;

            case PositionsSnapshotPayload p:
                var positions = PayloadMapper.ToPositions(accountId, p, inbound.OccurredAt);
                var group = GroupKeys.Account(accountId);
                if (!_order.TryAdvance($"{group}:{EventTypes.PositionsSnapshot}", new StreamPosition(occurred, 0)))
                {
                    return ProcessingOutcome.Stale;
                }

                hub.Publish(new PositionsUpdate(group, receivedAt, positions));
                return ProcessingOutcome.Applied;

            default:
                throw new InvalidOperationException($"{inbound.Type} is not market data.");
        }
    }
}

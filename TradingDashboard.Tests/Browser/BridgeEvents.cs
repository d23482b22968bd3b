using TradingDashboard.Core.Events;
using TradingDashboard.Core.Events.Payloads;

namespace TradingDashboard.Tests.Browser;

/// <summary>Bridge events as the MT5 bridge sends them, stamped with the current time.</summary>
public static class BridgeEvents
{
    public static byte[] Tick(Guid accountId, string login, string symbol, decimal bid, decimal ask)
    {
        var now = DateTimeOffset.UtcNow;
        return EventSerializer.Serialize(new EventEnvelope<PriceTickPayload>
        {
            EventId = Guid.NewGuid(),
            Source = "browser-test",
            Type = EventTypes.PriceTick,
            InternalAccountId = accountId,
            SourceAccountKey = login,
            OccurredAt = now,
            SentAt = now,
            Payload = new PriceTickPayload(symbol, bid, ask, 0m, 0m, now.ToUnixTimeSeconds(), now.ToUnixTimeMilliseconds(), 6),
        });
    }

    public static byte[] AccountInfo(Guid accountId, string login, decimal balance, decimal equity, decimal margin)
    {
        var now = DateTimeOffset.UtcNow;
        var free = equity - margin;
        var level = margin == 0 ? 0 : Math.Round(equity / margin * 100m, 2);
        return EventSerializer.Serialize(new EventEnvelope<AccountInfoPayload>
        {
            EventId = Guid.NewGuid(),
            Source = "browser-test",
            Type = EventTypes.AccountInfo,
            InternalAccountId = accountId,
            SourceAccountKey = login,
            OccurredAt = now,
            SentAt = now,
            Payload = new AccountInfoPayload(login, balance, equity, equity - balance, margin, free, level, 500, "USD", true, "Browser Test", "MetaQuotes-Demo", "MetaQuotes Ltd."),
        });
    }
}

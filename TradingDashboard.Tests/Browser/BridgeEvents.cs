using TradingDashboard.Core.Events;
using TradingDashboard.Core.Events.Payloads;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Browser;

/// <summary>Bridge events as the MT5 bridge sends them, stamped with the current time.</summary>
public static class BridgeEvents
{
    public static byte[] Tick(Guid accountId, string login, string symbol, decimal bid, decimal ask)
    {
        var now = DateTimeOffset.UtcNow;
        var payload = new PriceTickPayload(symbol, bid, ask, 0m, 0m, now.ToUnixTimeSeconds(), now.ToUnixTimeMilliseconds(), 6);
        return EventSerializer.Serialize(Stamped(accountId, login, EventTypes.PriceTick, payload, now));
    }

    public static byte[] AccountInfo(Guid accountId, string login, decimal balance, decimal equity, decimal margin)
    {
        var now = DateTimeOffset.UtcNow;
        var level = margin == 0 ? 0 : Math.Round(equity / margin * 100m, 2);
        var payload = new AccountInfoPayload(login, balance, equity, equity - balance, margin, equity - margin, level, 500, "USD", true, "Browser Test", "MetaQuotes-Demo", "MetaQuotes Ltd.");
        return EventSerializer.Serialize(Stamped(accountId, login, EventTypes.AccountInfo, payload, now));
    }

    private static EventEnvelope<T> Stamped<T>(Guid accountId, string login, string type, T payload, DateTimeOffset now) =>
        TestEvents.Envelope(accountId, type, payload, occurredAt: now) with { Source = "browser-test", SourceAccountKey = login };
}

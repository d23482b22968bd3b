using TradingDashboard.Core.Events;
using TradingDashboard.Core.Events.Payloads;

namespace TradingDashboard.Benchmarks.Workload;

/// <summary>
/// Serialized <c>price.tick</c> envelopes as a bridge publishes them: unique event ids, symbols in
/// rotation, and <c>time_msc</c> = start + sequence, so every stream only moves forward and a
/// received tick names the message it came from.
/// </summary>
internal sealed class TickStream(Guid accountId, string brokerLogin, int symbolCount, long startTimeMsc)
{
    private readonly SymbolQuote[] _symbols = SymbolQuote.Catalog(symbolCount);
    private readonly Random _random = new(20_260_520);

    public string RoutingKey { get; } = RoutingKeys.For(accountId, EventTypes.PriceTick);

    public long StartTimeMsc { get; } = startTimeMsc;

    public int SymbolCount => _symbols.Length;

    /// <summary>Sequences of one symbol are congruent modulo <see cref="SymbolCount"/>.</summary>
    public int SymbolIndexOf(long sequence) => (int)(sequence % _symbols.Length);

    public long SequenceOf(long timeMsc) => timeMsc - StartTimeMsc;

    public byte[] Serialize(long sequence, DateTimeOffset sentAt)
    {
        var quote = _symbols[SymbolIndexOf(sequence)];
        quote.Step(_random);
        var timeMsc = StartTimeMsc + sequence;
        var occurredAt = DateTimeOffset.FromUnixTimeMilliseconds(timeMsc);
        return EventSerializer.Serialize(new EventEnvelope<PriceTickPayload>
        {
            EventId = Guid.NewGuid(),
            Source = "mt5-bridge",
            Type = EventTypes.PriceTick,
            InternalAccountId = accountId,
            SourceAccountKey = brokerLogin,
            OccurredAt = occurredAt,
            SentAt = sentAt,
            Payload = new PriceTickPayload(quote.Symbol, quote.Bid, quote.Ask, 0m, 0m, timeMsc / 1000, timeMsc, 6),
        });
    }

    /// <summary>Messages <paramref name="from"/> .. <paramref name="from"/> + <paramref name="count"/> - 1, stamped now.</summary>
    public byte[][] Range(long from, int count)
    {
        var sentAt = DateTimeOffset.UtcNow;
        var bodies = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            bodies[i] = Serialize(from + i, sentAt);
        }

        return bodies;
    }
}

using System.Security.Cryptography;
using System.Text;

namespace TradingDashboard.Core.Connectors;

/// <summary>
/// The idempotency key as it travels to the broker. MT5 keeps at most 31 characters of an
/// order's <c>comment</c>, and bot keys (<c>{live_run}:{bar_time}:{n}</c>) are longer, so the
/// tag is <c>td1:</c> + 26 base-32 characters of the key's SHA-256 (130 bits): 30 characters,
/// ASCII, stable across processes, and found again in positions, orders and deals.
/// </summary>
public static class ClientOrderTag
{
    public const string Prefix = "td1:";

    /// <summary>MT5's comment limit.</summary>
    public const int MaxLength = 31;

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private const int HashCharacters = 26;

    public static string For(string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey), hash);
        var text = new StringBuilder(Prefix, Prefix.Length + HashCharacters);
        int buffer = 0, bits = 0, index = 0;
        while (text.Length < Prefix.Length + HashCharacters)
        {
            if (bits < 5)
            {
                buffer = (buffer << 8) | hash[index++];
                bits += 8;
            }

            text.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }

        return text.ToString();
    }

    /// <summary>True when a broker comment carries <paramref name="tag"/> (brokers may append to comments, e.g. "[sl 1.08]").</summary>
    public static bool Matches(string? comment, string tag) =>
        comment is not null && comment.StartsWith(tag, StringComparison.Ordinal);
}

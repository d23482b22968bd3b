using System.Text.Json;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Events.Validation;

/// <summary>
/// Parses and validates raw event bytes. Never throws on bad input: every rejection comes
/// back as a reason code plus a detail naming the field.
/// </summary>
public sealed class EventReader(int maxMessageBytes, TimeProvider? time = null)
{
    public const int SupportedVersion = 1;

    /// <summary>How far ahead of our clock an event may claim to have happened (clock skew), before it is refused.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(10);

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    public int MaxMessageBytes { get; } = maxMessageBytes > 0 ? maxMessageBytes : throw new ArgumentOutOfRangeException(nameof(maxMessageBytes));

    public EventReadResult Read(ReadOnlyMemory<byte> body)
    {
        if (body.Length > MaxMessageBytes)
        {
            return EventReadResult.Rejected(RejectReason.Oversize, $"message is {body.Length} bytes, limit is {MaxMessageBytes}");
        }

        if (body.IsEmpty)
        {
            return EventReadResult.Rejected(RejectReason.MalformedJson, "message body is empty");
        }

        try
        {
            using var document = JsonDocument.Parse(body, DocumentOptions);
            return EventReadResult.Valid(ReadEnvelope(document.RootElement, _time.GetUtcNow() + MaxClockSkew));
        }
        catch (EventRejectedException e)
        {
            return new EventReadResult(null, e.Rejection);
        }
        catch (JsonException e)
        {
            return NonFiniteLiteralAt(body.Span, e)
                ? EventReadResult.Rejected(RejectReason.NonFiniteNumber, $"NaN/Infinity is not a JSON number (line {e.LineNumber + 1}, byte {e.BytePositionInLine})")
                : EventReadResult.Rejected(RejectReason.MalformedJson, $"not valid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine}");
        }
        catch (InvalidOperationException e)
        {
            // JsonElement.GetString throws this for strings that are not valid UTF-8/UTF-16
            // (a lone surrogate escape, stray bytes): structurally JSON, but not readable text.
            return EventReadResult.Rejected(RejectReason.MalformedJson, $"a string value is not valid Unicode ({e.Message})");
        }
    }

    /// <param name="latest">A later <c>occurred_at</c> would hold its stream's order guard ahead of every real event.</param>
    private static InboundEvent ReadEnvelope(JsonElement root, DateTimeOffset latest)
    {
        var envelope = new JsonFields(root, string.Empty);
        var eventId = envelope.RequiredGuid("event_id");
        var version = envelope.RequiredInt32("event_version");
        if (version != SupportedVersion)
        {
            throw new EventRejectedException(RejectReason.UnsupportedVersion, $"event_version {version} is not supported (expected {SupportedVersion})");
        }

        var type = envelope.RequiredString("type", 64);
        var platformText = envelope.OptionalString("platform", 16) ?? PlatformNames.Mt5;
        if (!PlatformNames.TryParse(platformText, out var platform))
        {
            throw new EventRejectedException(RejectReason.InvalidValue, $"platform '{platformText}' is not MT5 or CTRADER");
        }

        var account = ReadAccountReference(envelope);
        var occurredAt = envelope.RequiredTimestamp("occurred_at");
        if (occurredAt > latest)
        {
            throw new EventRejectedException(RejectReason.InvalidValue, $"occurred_at {occurredAt:O} is in the future (more than {MaxClockSkew.TotalMinutes:0} min ahead of the dashboard's clock)");
        }

        var sentAt = envelope.OptionalTimestamp("sent_at");
        var source = envelope.OptionalString("source", 128);
        var traceId = envelope.OptionalString("trace_id", 128);
        var payload = PayloadReader.Read(type, envelope.RequiredObject("payload"));
        return new InboundEvent(eventId, version, source, platform, type, account, occurredAt, sentAt, traceId, payload);
    }

    private static AccountReference ReadAccountReference(JsonFields envelope)
    {
        var internalId = envelope.OptionalGuid("internal_account_id");
        var legacyAccountId = envelope.OptionalKey("account_id");
        Guid? legacyGuid = Guid.TryParse(legacyAccountId, out var parsed) ? parsed : null;
        var logins = new List<string>(3);
        AddLogin(logins, envelope.OptionalKey("broker_login"));
        AddLogin(logins, envelope.OptionalKey("source_account_key"));
        if (legacyGuid is null && legacyAccountId is not null && legacyAccountId.All(char.IsAsciiDigit))
        {
            AddLogin(logins, legacyAccountId);
        }

        if (internalId is null && legacyGuid is null && logins.Count == 0)
        {
            throw new EventRejectedException(RejectReason.MissingField, "internal_account_id (or account_id, broker_login, source_account_key) is required");
        }

        return new AccountReference(internalId, legacyGuid, logins);
    }

    private static void AddLogin(List<string> logins, string? login)
    {
        if (login is not null && !logins.Contains(login))
        {
            logins.Add(login);
        }
    }

    /// <summary>Python's json.dumps writes NaN/Infinity literals; name them rather than calling the JSON malformed.</summary>
    private static bool NonFiniteLiteralAt(ReadOnlySpan<byte> body, JsonException e)
    {
        if (e.LineNumber is not { } line || e.BytePositionInLine is not { } column)
        {
            return false;
        }

        var offset = 0;
        for (var i = 0; i < line && offset >= 0; i++)
        {
            var next = body[offset..].IndexOf((byte)'\n');
            offset = next < 0 ? -1 : offset + next + 1;
        }

        if (offset < 0 || offset + (int)column >= body.Length)
        {
            return false;
        }

        var rest = body[(offset + (int)column)..];
        return rest.StartsWith("NaN"u8) || rest.StartsWith("Infinity"u8) || rest.StartsWith("-Infinity"u8);
    }
}

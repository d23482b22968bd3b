using System.Globalization;
using System.Text.Json;

namespace TradingDashboard.Core.Events.Validation;

/// <summary>Typed reads of one JSON object's fields; every failure names the field path and why.</summary>
internal readonly struct JsonFields
{
    private const long MinUnixSeconds = 946_684_800; // 2000-01-01
    private const long MaxUnixSeconds = 4_102_444_800; // 2100-01-01
    private readonly JsonElement _object;
    private readonly string _path;

    public JsonFields(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new EventRejectedException(RejectReason.WrongType, $"{path} must be an object, got {Kind(element)}");
        }

        _object = element;
        _path = path;
    }

    public string RequiredString(string name, int maxLength = 256) => ReadString(Required(name), name, maxLength);

    public string? OptionalString(string name, int maxLength = 256) =>
        TryGet(name, out var value) ? ReadString(value, name, maxLength) : null;

    /// <summary>Free text MT5 sends as "" when unset (comment, name): empty or blank reads as null.</summary>
    public string? OptionalText(string name, int maxLength = 256)
    {
        if (!TryGet(name, out var value) || (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString())))
        {
            return null;
        }

        return ReadString(value, name, maxLength);
    }

    /// <summary>A string or an integer (MT5 logins and tickets travel as either).</summary>
    public string? OptionalKey(string name) => TryGet(name, out var value) ? ReadKey(value, name) : null;

    public string RequiredKey(string name) => ReadKey(Required(name), name);

    public decimal RequiredDecimal(string name) => ReadDecimal(Required(name), name);

    public decimal OptionalDecimal(string name, decimal fallback = 0m) =>
        TryGet(name, out var value) ? ReadDecimal(value, name) : fallback;

    public long RequiredInt64(string name) => ReadInt64(Required(name), name);

    public long OptionalInt64(string name, long fallback = 0) => TryGet(name, out var value) ? ReadInt64(value, name) : fallback;

    /// <summary>Unix seconds between 2000 and 2100: catches milli/microseconds sent as seconds.</summary>
    public long RequiredUnixSeconds(string name) => CheckRange(ReadInt64(Required(name), name), name, 1);

    public long OptionalUnixMilliseconds(string name, long fallback) =>
        TryGet(name, out var value) ? CheckRange(ReadInt64(value, name), name, 1000) : fallback;

    public int RequiredInt32(string name) => ReadInt32(Required(name), name);

    public int OptionalInt32(string name, int fallback = 0) => TryGet(name, out var value) ? ReadInt32(value, name) : fallback;

    public bool? OptionalBool(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw WrongType(name, "a boolean", value),
        };
    }

    public Guid RequiredGuid(string name) => ReadGuid(Required(name), name);

    public Guid? OptionalGuid(string name) => TryGet(name, out var value) ? ReadGuid(value, name) : null;

    public DateTimeOffset RequiredTimestamp(string name) => ReadTimestamp(Required(name), name);

    public DateTimeOffset? OptionalTimestamp(string name) => TryGet(name, out var value) ? ReadTimestamp(value, name) : null;

    public JsonElement RequiredArray(string name, int maxItems)
    {
        var value = Required(name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw WrongType(name, "an array", value);
        }

        return value.GetArrayLength() <= maxItems
            ? value
            : throw new EventRejectedException(RejectReason.Oversize, $"{Path(name)} has more than {maxItems} items");
    }

    public JsonFields RequiredObject(string name) => new(Required(name), Path(name));

    public string Path(string name) => _path.Length == 0 ? name : $"{_path}.{name}";

    private long CheckRange(long value, string name, long unitsPerSecond) =>
        value >= MinUnixSeconds * unitsPerSecond && value < MaxUnixSeconds * unitsPerSecond
            ? value
            : throw new EventRejectedException(RejectReason.InvalidValue, $"{Path(name)} {value} is not a unix time between 2000 and 2100 ({(unitsPerSecond == 1 ? "seconds" : "milliseconds")})");

    // One lookup per field: JsonElement.TryGetProperty scans the object's properties.
    private bool TryGet(string name, out JsonElement value) =>
        _object.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    private JsonElement Required(string name) =>
        TryGet(name, out var value) ? value : throw new EventRejectedException(RejectReason.MissingField, $"{Path(name)} is required");

    private string ReadString(JsonElement value, string name, int maxLength)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw WrongType(name, "a string", value);
        }

        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new EventRejectedException(RejectReason.InvalidValue, $"{Path(name)} must not be empty");
        }

        return text.Length <= maxLength
            ? text
            : throw new EventRejectedException(RejectReason.InvalidValue, $"{Path(name)} is longer than {maxLength} characters");
    }

    private string ReadKey(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()) => value.GetString()!.Trim(),
        JsonValueKind.Number when value.TryGetInt64(out var number) => number.ToString(CultureInfo.InvariantCulture),
        _ => throw WrongType(name, "a non-empty string or an integer", value),
    };

    private decimal ReadDecimal(JsonElement value, string name)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetDecimal(out var number)
                ? number
                : throw new EventRejectedException(RejectReason.NonFiniteNumber, $"{Path(name)} is out of range ({value.GetRawText()})");
        }

        if (value.ValueKind == JsonValueKind.String && IsNonFiniteLiteral(value.GetString()))
        {
            throw new EventRejectedException(RejectReason.NonFiniteNumber, $"{Path(name)} is {value.GetString()}");
        }

        throw WrongType(name, "a number", value);
    }

    private long ReadInt64(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : throw WrongType(name, "an integer", value);

    private int ReadInt32(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : throw WrongType(name, "a 32-bit integer", value);

    private Guid ReadGuid(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.String && (value.TryGetGuid(out var id) || Guid.TryParse(value.GetString(), out id))
            ? id
            : throw WrongType(name, "a UUID string", value);

    /// <summary>ISO-8601; a timestamp without an offset is taken as UTC.</summary>
    private DateTimeOffset ReadTimestamp(JsonElement value, string name)
    {
        if (value.ValueKind == JsonValueKind.String && value.TryGetDateTime(out var time))
        {
            return time.Kind switch
            {
                DateTimeKind.Utc => new DateTimeOffset(time, TimeSpan.Zero),
                DateTimeKind.Local => new DateTimeOffset(time.ToUniversalTime(), TimeSpan.Zero),
                _ => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc), TimeSpan.Zero),
            };
        }

        if (value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return parsed;
        }

        throw WrongType(name, "an ISO-8601 timestamp string", value);
    }

    private EventRejectedException WrongType(string name, string expected, JsonElement actual) =>
        new(RejectReason.WrongType, $"{Path(name)} must be {expected}, got {Kind(actual)}");

    private static bool IsNonFiniteLiteral(string? text) =>
        text is "NaN" or "Infinity" or "-Infinity" or "+Infinity" or "inf" or "-inf" or "nan";

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => $"number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Array => "array",
        JsonValueKind.Object => "object",
        _ => "null",
    };
}

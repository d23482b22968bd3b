using System.Globalization;
using System.Text.Json;

namespace TradingDashboard.Core.Events.Validation;

/// <summary>Typed reads of one JSON object's fields; every failure names the field path and why.</summary>
internal readonly struct JsonFields
{
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

    public string RequiredString(string name, int maxLength = 256)
    {
        var value = Required(name);
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

    public string? OptionalString(string name, int maxLength = 256)
    {
        return IsAbsent(name) ? null : RequiredString(name, maxLength);
    }

    /// <summary>A string or an integer (MT5 logins and tickets travel as either).</summary>
    public string? OptionalKey(string name)
    {
        if (IsAbsent(name))
        {
            return null;
        }

        var value = _object.GetProperty(name);
        return value.ValueKind switch
        {
            JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()) => value.GetString()!.Trim(),
            JsonValueKind.Number when value.TryGetInt64(out var number) => number.ToString(CultureInfo.InvariantCulture),
            _ => throw WrongType(name, "a non-empty string or an integer", value),
        };
    }

    public string RequiredKey(string name)
    {
        Required(name);
        return OptionalKey(name)!;
    }

    public decimal RequiredDecimal(string name)
    {
        var value = Required(name);
        if (value.ValueKind == JsonValueKind.String && IsNonFiniteLiteral(value.GetString()))
        {
            throw new EventRejectedException(RejectReason.NonFiniteNumber, $"{Path(name)} is {value.GetString()}");
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            throw WrongType(name, "a number", value);
        }

        if (value.TryGetDecimal(out var number))
        {
            return number;
        }

        throw new EventRejectedException(RejectReason.NonFiniteNumber, $"{Path(name)} is out of range ({value.GetRawText()})");
    }

    public decimal OptionalDecimal(string name, decimal fallback = 0m) => IsAbsent(name) ? fallback : RequiredDecimal(name);

    public long RequiredInt64(string name)
    {
        var value = Required(name);
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }

        throw WrongType(name, "an integer", value);
    }

    public long OptionalInt64(string name, long fallback = 0) => IsAbsent(name) ? fallback : RequiredInt64(name);

    public int RequiredInt32(string name)
    {
        var value = Required(name);
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        throw WrongType(name, "a 32-bit integer", value);
    }

    public int OptionalInt32(string name, int fallback = 0) => IsAbsent(name) ? fallback : RequiredInt32(name);

    public bool? OptionalBool(string name)
    {
        if (IsAbsent(name))
        {
            return null;
        }

        var value = _object.GetProperty(name);
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw WrongType(name, "a boolean", value),
        };
    }

    public Guid RequiredGuid(string name)
    {
        Required(name);
        return OptionalGuid(name)!.Value;
    }

    public Guid? OptionalGuid(string name)
    {
        if (IsAbsent(name))
        {
            return null;
        }

        var value = _object.GetProperty(name);
        if (value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out var id))
        {
            return id;
        }

        throw WrongType(name, "a UUID string", value);
    }

    public DateTimeOffset RequiredTimestamp(string name)
    {
        Required(name);
        return OptionalTimestamp(name)!.Value;
    }

    public DateTimeOffset? OptionalTimestamp(string name)
    {
        if (IsAbsent(name))
        {
            return null;
        }

        var value = _object.GetProperty(name);
        if (value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time;
        }

        throw WrongType(name, "an ISO-8601 timestamp string", value);
    }

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

    private JsonElement Required(string name)
    {
        if (!_object.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new EventRejectedException(RejectReason.MissingField, $"{Path(name)} is required");
        }

        return value;
    }

    private bool IsAbsent(string name) =>
        !_object.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null;

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

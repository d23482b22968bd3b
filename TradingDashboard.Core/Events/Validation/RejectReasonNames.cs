namespace TradingDashboard.Core.Events.Validation;

/// <summary>snake_case wire names of <see cref="RejectReason"/>.</summary>
public static class RejectReasonNames
{
    public static string ToWire(this RejectReason reason) => reason switch
    {
        RejectReason.Oversize => "oversize",
        RejectReason.MalformedJson => "malformed_json",
        RejectReason.MissingField => "missing_field",
        RejectReason.WrongType => "wrong_type",
        RejectReason.NonFiniteNumber => "non_finite_number",
        RejectReason.InvalidValue => "invalid_value",
        RejectReason.UnknownType => "unknown_type",
        RejectReason.UnsupportedVersion => "unsupported_version",
        RejectReason.UnknownAccount => "unknown_account",
        RejectReason.ProcessingError => "processing_error",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}

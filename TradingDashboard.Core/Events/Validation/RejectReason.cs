namespace TradingDashboard.Core.Events.Validation;

/// <summary>Why an event was dead-lettered. The wire name goes into the <c>x-reject-reason</c> header.</summary>
public enum RejectReason
{
    Oversize,
    MalformedJson,
    MissingField,
    WrongType,
    NonFiniteNumber,
    InvalidValue,
    UnknownType,
    UnsupportedVersion,
    UnknownAccount,
    ProcessingError,
}

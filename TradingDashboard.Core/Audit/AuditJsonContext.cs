using System.Text.Json.Serialization;

namespace TradingDashboard.Core.Audit;

/// <summary>The stored form of <see cref="AuditEntry.Changes"/>: <c>[{"field":…,"from":…,"to":…}]</c>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AuditChange[]))]
internal sealed partial class AuditJsonContext : JsonSerializerContext;

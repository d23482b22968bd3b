using System.Text.Json;

namespace TradingDashboard.Tests.Unit.Simulation.Fakes;

/// <summary>One message a <see cref="RecordingEventPublisher"/> received.</summary>
internal sealed record PublishedMessage(string RoutingKey, byte[] Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string Type => Json.GetProperty("type").GetString()!;
}

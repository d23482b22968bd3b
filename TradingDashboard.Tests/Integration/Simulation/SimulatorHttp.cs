using System.Net;
using System.Text;
using System.Text.Json;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Integration.Simulation;

/// <summary>JSON calls to the simulated bridge, and waits for what its publisher records.</summary>
internal static class SimulatorHttp
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> GetJsonAsync(this HttpClient client, string path, CancellationToken cancellationToken = default)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        return (response.StatusCode, await ReadAsync(response));
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostJsonAsync(this HttpClient client, string path, string? json, CancellationToken cancellationToken = default)
    {
        using var content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content, cancellationToken);
        return (response.StatusCode, await ReadAsync(response));
    }

    /// <summary>A 200 body, or a failure that shows what came back instead.</summary>
    public static JsonElement Ok(this (HttpStatusCode Status, JsonElement Body) answer)
    {
        Assert.True(answer.Status == HttpStatusCode.OK, $"{(int)answer.Status}: {answer.Body}");
        return answer.Body;
    }

    public static async Task<PublishedMessage> PublishedAsync(RecordingEventPublisher publisher, string routingKey, Func<JsonElement, bool> payload)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (publisher.Messages.FirstOrDefault(m => m.RoutingKey == routingKey && payload(m.Json.GetProperty("payload"))) is { } message)
            {
                return message;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"No {routingKey} event with the expected payload within 30 s.");
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TradingDashboard.Core.Simulation.Bridge;

namespace TradingDashboard.Endpoints;

/// <summary>Maps bridge outcomes to HTTP results and reads JSON bodies with clear 400s.</summary>
internal static class BridgeSimulatorResults
{
    public static IResult Ok<T>(T value, JsonTypeInfo<T> typeInfo) => Results.Json(value, typeInfo);

    public static IResult From<T>(BridgeOutcome<T> outcome, JsonTypeInfo<T> typeInfo) where T : class => outcome.Error switch
    {
        BridgeErrorCode.None when outcome.Value is not null => Results.Json(outcome.Value, typeInfo),
        BridgeErrorCode.NotFound => Error(StatusCodes.Status404NotFound, "not_found", outcome.Message),
        BridgeErrorCode.Conflict => Error(StatusCodes.Status409Conflict, "conflict", outcome.Message),
        _ => Error(StatusCodes.Status400BadRequest, "invalid_request", outcome.Message),
    };

    public static IResult BadRequest(string message) => Error(StatusCodes.Status400BadRequest, "invalid_request", message);

    /// <summary>The 500 of an injected <c>error</c> fault: nothing was executed.</summary>
    public static IResult SimulatedFault() =>
        Error(StatusCodes.Status500InternalServerError, "simulated_fault", "Simulated bridge failure (fault mode 'error'); the request was not executed.");

    /// <returns>The body, or a null body and a 400 result.</returns>
    public static async Task<(T? Body, IResult? Error)> ReadBodyAsync<T>(HttpRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, BadRequest("Expected a JSON body (Content-Type: application/json)."));
        }

        try
        {
            var body = await request.ReadFromJsonAsync(typeInfo, cancellationToken).ConfigureAwait(false);
            return body is null ? (null, BadRequest("A JSON object body is required.")) : (body, null);
        }
        catch (JsonException ex)
        {
            return (null, BadRequest($"Invalid JSON body: {ex.Message}"));
        }
    }

    private static IResult Error(int statusCode, string error, string? message) =>
        Results.Json(new BridgeSimulatorError(error, message ?? error), BridgeSimulatorJsonContext.Default.BridgeSimulatorError, statusCode: statusCode);
}

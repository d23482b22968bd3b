using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Resilience;

namespace TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

/// <summary>
/// The HTTP exchange with the bridge for one login. Every failure becomes a
/// <see cref="BrokerException"/> of the right kind; the caller's own cancellation propagates as
/// <see cref="OperationCanceledException"/>. Nothing is ever retried here.
/// </summary>
internal sealed class Mt5BridgeTransport(IHttpClientFactory clients, IBridgeAddress address, string login, Mt5BridgeTimeouts timeouts, ILogger logger)
{
    /// <summary>The named client; its own timeout is off, since every call has a deadline of its own.</summary>
    public const string HttpClientName = "Mt5BridgeConnector";

    public string Login { get; } = login;

    /// <summary>The answer; a 404 is <see cref="BrokerErrorKind.State"/> (the bridge does not know the login).</summary>
    public async Task<T> SendAsync<T>(Mt5BridgeRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class =>
        await ExchangeAsync(request, typeInfo, notFoundIsNull: false, cancellationToken).ConfigureAwait(false)
        ?? throw new BrokerException(BrokerErrorKind.State, UnknownLogin());

    /// <summary>The answer, or null on a 404 (the caller tells an unknown item from an unknown login).</summary>
    public Task<T?> FindAsync<T>(Mt5BridgeRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class =>
        ExchangeAsync(request, typeInfo, notFoundIsNull: true, cancellationToken);

    private async Task<T?> ExchangeAsync<T>(Mt5BridgeRequest request, JsonTypeInfo<T> typeInfo, bool notFoundIsNull, CancellationToken cancellationToken)
        where T : class
    {
        using var body = request.Body;
        var baseAddress = address.Current
            ?? throw new BrokerException(BrokerErrorKind.Init, $"No bridge address is known: set {Mt5BridgeOptions.SectionName}:BaseUrl.");
        var timeout = request.IsTrade ? timeouts.Trade : timeouts.Read;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var message = new HttpRequestMessage(request.Method, new Uri(baseAddress, request.Path)) { Content = body };
            using var response = await clients.CreateClient(HttpClientName)
                .SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return await response.Content.ReadFromJsonAsync(typeInfo, deadline.Token).ConfigureAwait(false)
                    ?? throw new BrokerException(BrokerErrorKind.Data, $"The bridge answered nothing for {request.What}.");
            }

            if (response.StatusCode == HttpStatusCode.NotFound && notFoundIsNull)
            {
                return null;
            }

            var detail = await ReadErrorAsync(response, deadline.Token).ConfigureAwait(false);
            throw Refusal(response, detail, request.What);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller's own cancellation, reported with the caller's token (not the linked deadline's).
            cancellationToken.ThrowIfCancellationRequested();
            throw;
        }
        catch (OperationCanceledException e)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"The bridge at {Display(baseAddress)} did not answer {request.What} within {timeout.TotalSeconds:0.###} s");
            throw Fault(BrokerErrorKind.Timeout, request.IsTrade ? text + "; whether it was executed is unknown." : text + ".", request.What, e);
        }
        catch (HttpRequestException e)
        {
            throw Fault(BrokerErrorKind.Connection, $"Could not reach the bridge at {Display(baseAddress)} for {request.What} ({Describe(e.HttpRequestError)}).", request.What, e);
        }
        catch (IOException e)
        {
            throw Fault(BrokerErrorKind.Connection, $"The connection to the bridge at {Display(baseAddress)} broke during {request.What}.", request.What, e);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            throw Fault(BrokerErrorKind.Data, $"The bridge's answer to {request.What} is not valid JSON of the expected shape.", request.What, e);
        }
        catch (BrokerException e)
        {
            logger.CallFailed(e, Login, request.What, e.Kind);
            throw;
        }
    }

    private BrokerException Fault(BrokerErrorKind kind, string message, string what, Exception inner)
    {
        var fault = new BrokerException(kind, message, inner);
        logger.CallFailed(fault, Login, what, kind);
        return fault;
    }

    private BrokerException Refusal(HttpResponseMessage response, string? detail, string what)
    {
        var status = string.Create(CultureInfo.InvariantCulture, $"{(int)response.StatusCode} {response.ReasonPhrase}");
        var suffix = detail is null ? "." : $": {detail}";
        return (int)response.StatusCode switch
        {
            404 => new BrokerException(BrokerErrorKind.State, UnknownLogin()),
            400 => new BrokerException(BrokerErrorKind.Validation, $"The bridge refused {what}{suffix}"),
            401 or 403 => new BrokerException(BrokerErrorKind.Auth, $"The bridge denied access to {what} ({status})."),
            409 => new BrokerException(BrokerErrorKind.State, $"The bridge refused {what} in its current state{suffix}"),
            >= 500 => new BrokerException(BrokerErrorKind.Connection, $"The bridge failed on {what} ({status}){suffix}"),
            >= 400 => new BrokerException(BrokerErrorKind.Validation, $"The bridge refused {what} ({status}){suffix}"),
            _ => new BrokerException(BrokerErrorKind.Data, $"The bridge answered {what} with an unexpected {status}."),
        };
    }

    private string UnknownLogin() => $"Login {Login} is unknown to the bridge.";

    /// <summary>Scheme, host and port only: never user info.</summary>
    private static string Display(Uri baseAddress) => baseAddress.GetComponents(UriComponents.SchemeAndServer, UriFormat.Unescaped);

    private static string Describe(HttpRequestError error) => error switch
    {
        HttpRequestError.NameResolutionError => "host name not found",
        HttpRequestError.ConnectionError => "connection refused or lost",
        HttpRequestError.SecureConnectionError => "TLS handshake failed",
        HttpRequestError.ResponseEnded or HttpRequestError.InvalidResponse => "incomplete or invalid HTTP answer",
        _ => "transport error",
    };

    private static async Task<string?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var error = await response.Content.ReadFromJsonAsync(Mt5BridgeJsonContext.Default.Mt5BridgeError, cancellationToken).ConfigureAwait(false);
            return string.IsNullOrWhiteSpace(error?.Message) ? null : error.Message;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or HttpRequestException or IOException)
        {
            return null;
        }
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace TradingDashboard.Core.Connectors.Mt5Bridge;

/// <summary>
/// The bridge's read API over a typed <see cref="HttpClient"/>. Expected failures (unreachable,
/// timeout, unknown login, unreadable answer) come back as messages, not exceptions.
/// </summary>
internal sealed class Mt5BridgeClient(HttpClient http, IBridgeAddress address, IOptions<Mt5BridgeOptions> options)
{
    public async Task<Mt5AccountInfoResult> GetAccountInfoAsync(string login, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(login);
        if (address.Current is not { } baseAddress)
        {
            return Mt5AccountInfoResult.Failed($"No bridge address is known: set {Mt5BridgeOptions.SectionName}:BaseUrl.");
        }

        var timeout = options.Value.Timeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var uri = new Uri(baseAddress, $"api/mt5/account/{Uri.EscapeDataString(login)}/info");
        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                var detail = await ReadErrorAsync(response, deadline.Token).ConfigureAwait(false);
                return Mt5AccountInfoResult.Failed($"The bridge does not know login {login}{(detail is null ? "." : $": {detail}")}");
            }

            if (!response.IsSuccessStatusCode)
            {
                var detail = await ReadErrorAsync(response, deadline.Token).ConfigureAwait(false);
                return Mt5AccountInfoResult.Failed(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The bridge answered {(int)response.StatusCode} {response.ReasonPhrase}{(detail is null ? "." : $": {detail}")}"));
            }

            var body = await response.Content.ReadFromJsonAsync(Mt5BridgeJsonContext.Default.Mt5AccountInfoResponse, deadline.Token).ConfigureAwait(false);
            var (info, source) = body?.Best() ?? (null, null);
            return info is null
                ? Mt5AccountInfoResult.Failed($"The bridge returned no account data for login {login}.")
                : new Mt5AccountInfoResult(info, source, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Mt5AccountInfoResult.Failed(string.Create(
                CultureInfo.InvariantCulture,
                $"The bridge at {baseAddress} did not answer within {timeout.TotalSeconds:0.#} s."));
        }
        catch (HttpRequestException e)
        {
            return Mt5AccountInfoResult.Failed($"Could not reach the bridge at {baseAddress}: {e.Message}");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return Mt5AccountInfoResult.Failed($"The bridge's answer for login {login} is not valid account info.");
        }
    }

    private static async Task<string?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var error = await response.Content.ReadFromJsonAsync(Mt5BridgeJsonContext.Default.Mt5BridgeError, cancellationToken).ConfigureAwait(false);
            return string.IsNullOrWhiteSpace(error?.Message) ? null : error.Message;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return null;
        }
    }
}

using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Connectors.Mt5Bridge;

/// <summary>
/// The bridge's market data and headless subscriptions, for long-lived (singleton) callers: each
/// call takes a fresh client from <see cref="IHttpClientFactory"/>. Every failure is a
/// <see cref="BridgeUnavailableException"/> whose message a trader can read.
/// </summary>
internal sealed class Mt5MarketDataClient(IHttpClientFactory clients, IBridgeAddress address, IOptions<Mt5BridgeOptions> options)
{
    public const string HttpClientName = "Mt5MarketData";

    private static readonly Mt5BridgeJsonContext Json = Mt5BridgeJsonContext.Default;

    /// <summary>The last <paramref name="count"/> bars, oldest first, the forming one last.</summary>
    public async Task<Mt5RatesResponse> GetRatesAsync(string login, string symbol, Timeframe timeframe, int count, CancellationToken cancellationToken)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"api/mt5/rates/{Escape(login)}?symbol={Escape(symbol)}&timeframe={timeframe}&count={count}");
        var response = await SendAsync(HttpMethod.Get, path, null, Json.Mt5RatesResponse, $"the {symbol} {timeframe} history", cancellationToken).ConfigureAwait(false);
        return response.Rates is null
            ? throw new BridgeUnavailableException($"The bridge returned no bars for {symbol} {timeframe}.")
            : response;
    }

    /// <summary>The account's symbols in the broker's casing; entries without a name or digits are skipped.</summary>
    public async Task<IReadOnlyList<Mt5Symbol>> GetSymbolsAsync(string login, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Get, $"api/mt5/account/{Escape(login)}/symbols", null, Json.Mt5SymbolsResponse, $"the symbols of login {login}", cancellationToken).ConfigureAwait(false);
        return [.. (response.Symbols ?? []).Where(s => !string.IsNullOrWhiteSpace(s.Name) && s.Digits is not null)];
    }

    public Task<int> SubscribePriceAsync(string login, string symbol, CancellationToken cancellationToken) =>
        ChangeAsync("subscribe/price", new Mt5SubscriptionRequest(login, symbol, null), cancellationToken);

    public Task<int> UnsubscribePriceAsync(string login, string symbol, CancellationToken cancellationToken) =>
        ChangeAsync("unsubscribe/price", new Mt5SubscriptionRequest(login, symbol, null), cancellationToken);

    public Task<int> SubscribeCandlesAsync(string login, string symbol, Timeframe timeframe, CancellationToken cancellationToken) =>
        ChangeAsync("subscribe/candles", new Mt5SubscriptionRequest(login, symbol, timeframe.ToString()), cancellationToken);

    public Task<int> UnsubscribeCandlesAsync(string login, string symbol, Timeframe timeframe, CancellationToken cancellationToken) =>
        ChangeAsync("unsubscribe/candles", new Mt5SubscriptionRequest(login, symbol, timeframe.ToString()), cancellationToken);

    /// <param name="action">e.g. <c>subscribe/price</c>, under <c>/mt5/headless/</c>.</param>
    /// <returns>The bridge's reference count after the call.</returns>
    private async Task<int> ChangeAsync(string action, Mt5SubscriptionRequest request, CancellationToken cancellationToken)
    {
        var what = $"the {action.Replace('/', ' ')} call for {request.Symbol}{(request.Timeframe is null ? "" : " " + request.Timeframe)} on login {request.Login}";
        var content = JsonContent.Create(request, Json.Mt5SubscriptionRequest);
        var change = await SendAsync(HttpMethod.Post, "mt5/headless/" + action, content, Json.Mt5SubscriptionChange, what, cancellationToken).ConfigureAwait(false);
        return change.Count;
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, HttpContent? content, JsonTypeInfo<T> typeInfo, string what, CancellationToken cancellationToken)
        where T : class
    {
        using var body = content;
        if (address.Current is not { } baseAddress)
        {
            throw new BridgeUnavailableException($"No bridge address is known: set {Mt5BridgeOptions.SectionName}:BaseUrl.");
        }

        var timeout = options.Value.Timeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var http = clients.CreateClient(HttpClientName);
        try
        {
            using var request = new HttpRequestMessage(method, new Uri(baseAddress, path)) { Content = body };
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var detail = await ReadErrorAsync(response, deadline.Token).ConfigureAwait(false);
                throw new BridgeUnavailableException(
                    string.Create(CultureInfo.InvariantCulture, $"The bridge refused {what} ({(int)response.StatusCode} {response.ReasonPhrase}){(detail is null ? "." : $": {detail}")}"),
                    response.StatusCode);
            }

            return await response.Content.ReadFromJsonAsync(typeInfo, deadline.Token).ConfigureAwait(false)
                ?? throw new BridgeUnavailableException($"The bridge answered nothing for {what}.");
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new BridgeUnavailableException(
                string.Create(CultureInfo.InvariantCulture, $"The bridge at {baseAddress} did not answer within {timeout.TotalSeconds:0.#} s ({what})."), null, e);
        }
        catch (HttpRequestException e)
        {
            throw new BridgeUnavailableException($"Could not reach the bridge at {baseAddress}: {e.Message}", null, e);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            throw new BridgeUnavailableException($"The bridge's answer for {what} is not valid.", null, e);
        }
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private static async Task<string?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var error = await response.Content.ReadFromJsonAsync(Json.Mt5BridgeError, cancellationToken).ConfigureAwait(false);
            return string.IsNullOrWhiteSpace(error?.Message) ? null : error.Message;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return null;
        }
    }
}

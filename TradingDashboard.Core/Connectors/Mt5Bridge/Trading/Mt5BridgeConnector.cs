using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Resilience;

namespace TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

/// <summary>
/// One MT5 account through the bridge's HTTP API (docs/bridge-openapi.yaml, tag <c>trading</c>).
/// Broker decisions come back as <see cref="BrokerTradeResult"/>s; faults as
/// <see cref="BrokerException"/>s from <see cref="Mt5BridgeTransport"/>. Never retries.
/// </summary>
/// <remarks>
/// Capabilities: the bridge streams prices, takes pending orders and partial closes, and serves
/// hedging accounts. Its account info has no margin mode yet, so hedging is assumed, not read.
/// </remarks>
internal sealed class Mt5BridgeConnector(Guid accountId, Mt5BridgeTransport transport, ILogger logger) : IBrokerConnector
{
    private static readonly Mt5BridgeJsonContext Json = Mt5BridgeJsonContext.Default;

    public string Login => transport.Login;

    public BrokerCapabilities Capabilities { get; } = new(Streaming: true, PendingOrders: true, PartialClose: true, Hedging: true);

    private string Account => $"api/mt5/account/{Uri.EscapeDataString(Login)}";

    public async Task<BrokerAccountInfo> GetAccountInfoAsync(CancellationToken cancellationToken)
    {
        var response = await ReadAsync($"{Account}/info", $"the account info of login {Login}", Json.Mt5AccountStateResponse, cancellationToken).ConfigureAwait(false);
        return (response.Best ?? throw new BrokerException(BrokerErrorKind.Data, $"The bridge has neither live nor stored account info for login {Login}."))
            .ToBroker(Login);
    }

    public async Task<IReadOnlyList<BrokerPosition>> GetPositionsAsync(CancellationToken cancellationToken)
    {
        var response = await ReadAsync($"{Account}/positions", $"the positions of login {Login}", Json.Mt5PositionList, cancellationToken).ConfigureAwait(false);
        return [.. (response.Positions ?? throw Mt5Wire.Missing("positions", "position list")).Select(p => p.ToBroker())];
    }

    public async Task<IReadOnlyList<BrokerPendingOrder>> GetPendingOrdersAsync(CancellationToken cancellationToken)
    {
        var response = await ReadAsync($"{Account}/orders", $"the pending orders of login {Login}", Json.Mt5PendingOrderList, cancellationToken).ConfigureAwait(false);
        return [.. (response.Orders ?? throw Mt5Wire.Missing("orders", "pending order list")).Select(o => o.ToBroker())];
    }

    public async Task<SymbolInfo?> GetSymbolAsync(string symbol, CancellationToken cancellationToken) =>
        (await FindSymbolAsync(symbol, cancellationToken).ConfigureAwait(false))?.ToSymbolInfo();

    public async Task<BrokerQuote?> GetQuoteAsync(string symbol, CancellationToken cancellationToken) =>
        (await FindSymbolAsync(symbol, cancellationToken).ConfigureAwait(false))?.ToQuote();

    /// <returns>An empty list when the bridge has no such symbol.</returns>
    public async Task<IReadOnlyList<Candle>> GetCandlesAsync(string symbol, Timeframe timeframe, int count, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 5000);
        var path = string.Create(CultureInfo.InvariantCulture, $"api/mt5/rates/{Uri.EscapeDataString(Login)}?symbol={Uri.EscapeDataString(symbol)}&timeframe={timeframe}&count={count}");
        var request = new Mt5BridgeRequest(HttpMethod.Get, path, $"the {symbol} {timeframe} bars of login {Login}");
        var response = await transport.FindAsync(request, Json.Mt5RatesResponse, cancellationToken).ConfigureAwait(false);
        if (response is null)
        {
            await EnsureLoginKnownAsync(cancellationToken).ConfigureAwait(false);
            return [];
        }

        var name = string.IsNullOrWhiteSpace(response.Symbol) ? symbol : response.Symbol;
        return [.. (response.Rates ?? throw Mt5Wire.Missing("rates", "rates answer")).Select(r => new Candle(
            accountId, name, timeframe, DateTimeOffset.FromUnixTimeSeconds(r.Time), r.Open, r.High, r.Low, r.Close, r.TickVolume, r.Spread, r.RealVolume, r.Complete ?? true))];
    }

    public async Task<BrokerTradeResult> PlaceOrderAsync(BrokerOrderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureTag(request.ClientTag);
        if (request.Type != OrderType.Market && request.Price is not > 0m)
        {
            throw new BrokerException(BrokerErrorKind.Validation, $"A {request.Type.ToString().ToLowerInvariant()} order needs a price.");
        }

        var what = string.Create(CultureInfo.InvariantCulture, $"the {request.Direction} {request.Type} order of {request.Volume} {request.Symbol}");
        var body = JsonContent.Create(Mt5OrderRequest.From(request), Json.Mt5OrderRequest);
        return await TradeAsync($"{Account}/orders", what, body, request.ClientTag, cancellationToken).ConfigureAwait(false);
    }

    public async Task<BrokerTradeResult> ClosePositionAsync(BrokerCloseRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureTag(request.ClientTag);
        if (request.Volume is <= 0m)
        {
            // The bridge reads a 0 volume as "the whole position": never let a zero part become a full close.
            throw new BrokerException(BrokerErrorKind.Validation, string.Create(CultureInfo.InvariantCulture, $"A partial close needs a positive volume, not {request.Volume}; leave it empty to close the whole position."));
        }

        var what = string.Create(CultureInfo.InvariantCulture, $"the close of {(request.Volume is { } volume ? $"{volume} lots of " : "")}position {request.PositionTicket}");
        var body = JsonContent.Create(Mt5CloseRequest.From(request), Json.Mt5CloseRequest);
        return await TradeAsync(Path("positions", request.PositionTicket, "close"), what, body, request.ClientTag, cancellationToken).ConfigureAwait(false);
    }

    public async Task<BrokerTradeResult> ModifyPositionAsync(BrokerModifyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = JsonContent.Create(Mt5ModifyRequest.From(request), Json.Mt5ModifyRequest);
        return await TradeAsync(Path("positions", request.PositionTicket, "modify"), $"the SL/TP change of position {request.PositionTicket}", body, "", cancellationToken).ConfigureAwait(false);
    }

    public async Task<BrokerTradeResult> CancelOrderAsync(BrokerCancelRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await TradeAsync(Path("orders", request.OrderTicket, "cancel"), $"the cancellation of order {request.OrderTicket}", null, "", cancellationToken).ConfigureAwait(false);
    }

    /// <remarks>
    /// The bridge filters by whole unix seconds, so deals from the same second just before
    /// <paramref name="since"/> may come too: a superset, never a gap. Balance and credit
    /// operations are not deals of a trade and are left out.
    /// </remarks>
    public async Task<IReadOnlyList<BrokerDeal>> GetDealsAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var from = Math.Max(0, since.ToUnixTimeSeconds());
        var path = string.Create(CultureInfo.InvariantCulture, $"{Account}/deals?from={from}");
        var response = await ReadAsync(path, $"the deals of login {Login}", Json.Mt5DealList, cancellationToken).ConfigureAwait(false);
        return [.. (response.Deals ?? throw Mt5Wire.Missing("deals", "deal list")).Where(d => d.IsTrade).Select(d => d.ToBroker())];
    }

    private Task<T> ReadAsync<T>(string path, string what, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class =>
        transport.SendAsync(new Mt5BridgeRequest(HttpMethod.Get, path, what), typeInfo, cancellationToken);

    private async Task<BrokerTradeResult> TradeAsync(string path, string what, HttpContent? body, string clientTag, CancellationToken cancellationToken)
    {
        logger.TradeSending(what, Login, clientTag);
        var request = new Mt5BridgeRequest(HttpMethod.Post, path, what, IsTrade: true) { Body = body };
        var answer = await transport.SendAsync(request, Json.Mt5TradeResult, cancellationToken).ConfigureAwait(false);
        var result = answer.ToBroker();
        logger.TradeAnswered(what, Login, result.Retcode, result.Code);
        return result;
    }

    /// <summary>The symbol, or null when the bridge does not know it; an unknown login still throws (State).</summary>
    private async Task<Mt5SymbolInfo?> FindSymbolAsync(string symbol, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        var request = new Mt5BridgeRequest(HttpMethod.Get, $"{Account}/symbols/{Uri.EscapeDataString(symbol)}", $"symbol {symbol} of login {Login}");
        var found = await transport.FindAsync(request, Json.Mt5SymbolInfo, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            // Both an unknown symbol and an unknown login are 404s: asking for the account tells them apart.
            await EnsureLoginKnownAsync(cancellationToken).ConfigureAwait(false);
        }

        return found;
    }

    private async Task EnsureLoginKnownAsync(CancellationToken cancellationToken) =>
        await ReadAsync($"{Account}/info", $"the account info of login {Login}", Json.Mt5AccountStateResponse, cancellationToken).ConfigureAwait(false);

    private string Path(string collection, long ticket, string action) =>
        string.Create(CultureInfo.InvariantCulture, $"{Account}/{collection}/{ticket}/{action}");

    private static void EnsureTag(string? clientTag)
    {
        if (string.IsNullOrWhiteSpace(clientTag))
        {
            throw new BrokerException(BrokerErrorKind.Validation, "A trade request needs a client tag (the idempotency key's ClientOrderTag).");
        }

        if (clientTag.Length > ClientOrderTag.MaxLength)
        {
            throw new BrokerException(
                BrokerErrorKind.Validation,
                string.Create(CultureInfo.InvariantCulture, $"The client tag is {clientTag.Length} characters; MT5 keeps at most {ClientOrderTag.MaxLength} in an order comment, so the tag would be lost. Nothing was sent."));
        }
    }
}

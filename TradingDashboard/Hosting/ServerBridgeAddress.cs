using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Connectors.Mt5Bridge;

namespace TradingDashboard.Hosting;

/// <summary>
/// <c>Bridge:BaseUrl</c> when set; otherwise the embedded bridge simulator on this server's own
/// listening address (known once Kestrel started), preferring plain http on loopback.
/// </summary>
internal sealed class ServerBridgeAddress(IServer server, IOptions<Mt5BridgeOptions> options) : IBridgeAddress
{
    public Uri? Current => options.Value.ConfiguredBaseAddress() ?? Listening(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);

    internal static Uri? Listening(IEnumerable<string> addresses) =>
        addresses
            .Select(ToCallable)
            .OfType<Uri>()
            .OrderBy(u => u.Scheme == Uri.UriSchemeHttp ? 0 : 1)
            .ThenBy(u => u.IsLoopback ? 0 : 1)
            .FirstOrDefault();

    // Kestrel reports wildcard bindings (http://+:80, http://[::]:8080, http://0.0.0.0:5000) as they were given.
    private static Uri? ToCallable(string address)
    {
        var wildcard = address.Replace("://+:", "://127.0.0.1:", StringComparison.Ordinal)
            .Replace("://*:", "://127.0.0.1:", StringComparison.Ordinal)
            .Replace("://[::]:", "://127.0.0.1:", StringComparison.Ordinal)
            .Replace("://0.0.0.0:", "://127.0.0.1:", StringComparison.Ordinal);
        return Uri.TryCreate(wildcard.TrimEnd('/') + "/", UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;
    }
}

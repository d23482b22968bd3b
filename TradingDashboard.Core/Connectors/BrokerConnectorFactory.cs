using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Connectors.Mt5Bridge;
using TradingDashboard.Core.Connectors.Mt5Bridge.Trading;
using TradingDashboard.Core.Connectors.Paper;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Resilience;
using TradingDashboard.Core.Streaming;

namespace TradingDashboard.Core.Connectors;

/// <summary>
/// Paper accounts (<see cref="ConnectorOptions.PaperAccounts"/>) get one <see cref="PaperConnector"/>
/// per account id for the process lifetime, so their positions and balance persist; it reads symbols
/// and candles from the MT5 bridge for the account's login and fills on the account's live quotes.
/// MT5 accounts get a bridge connector for their login: stateless, so a fresh one per call follows
/// a changed login at once. cTrader has no connector yet.
/// </summary>
internal sealed class BrokerConnectorFactory(
    IHttpClientFactory clients,
    IBridgeAddress address,
    IOptions<Mt5BridgeOptions> bridgeOptions,
    IOptions<ConnectorOptions> options,
    IMarketHub hub,
    ILastValueCache cache,
    TimeProvider time,
    ILoggerFactory loggers) : IBrokerConnectorFactory, IDisposable
{
    private readonly ConcurrentDictionary<Guid, Lazy<PaperConnector>> _paper = new();
    private readonly ILogger _mt5Logger = loggers.CreateLogger<Mt5BridgeConnector>();
    private readonly ILogger _paperLogger = loggers.CreateLogger<PaperConnector>();

    public IBrokerConnector Create(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (options.Value.PaperAccounts.Contains(account.Id))
        {
            return _paper.GetOrAdd(account.Id, _ => new Lazy<PaperConnector>(() => CreatePaper(account))).Value;
        }

        return account.Platform switch
        {
            Platform.Mt5 => CreateMt5(account),
            Platform.CTrader => throw new BrokerException(BrokerErrorKind.State, "cTrader trading is not available yet."),
            _ => throw new BrokerException(BrokerErrorKind.State, $"Trading on {account.Platform} is not available."),
        };
    }

    public void Dispose()
    {
        foreach (var paper in _paper.Values.Where(p => p.IsValueCreated))
        {
            paper.Value.Dispose();
        }
    }

    private Mt5BridgeConnector CreateMt5(Account account)
    {
        var timeouts = new Mt5BridgeTimeouts(bridgeOptions.Value.Timeout, TimeSpan.FromMilliseconds(options.Value.TradeTimeoutMs));
        var transport = new Mt5BridgeTransport(clients, address, account.BrokerLogin, timeouts, _mt5Logger);
        return new Mt5BridgeConnector(account.Id, transport, _mt5Logger);
    }

    private PaperConnector CreatePaper(Account account) =>
        new(account, PaperMarketSource.From(CreateMt5(account)), hub, cache, options.Value, time, _paperLogger);
}

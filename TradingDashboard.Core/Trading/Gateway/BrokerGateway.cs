using System.Globalization;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Resilience;

namespace TradingDashboard.Core.Trading.Gateway;

/// <summary>
/// An account's connector behind its resilience pipelines. Reads surface every fault as a
/// <see cref="BrokerException"/> (an open breaker as <see cref="BrokerErrorKind.CircuitOpen"/>);
/// sends leave the raw exception to the execution pipeline, which decides what the order's fate is.
/// </summary>
internal sealed class BrokerGateway(IBrokerConnectorFactory connectors, AccountResilienceRegistry resilience, IOptions<TradingOptions> options)
{
    /// <exception cref="BrokerException">The platform has no connector (<see cref="BrokerErrorKind.State"/>).</exception>
    public IBrokerConnector Connector(Account account) => connectors.Create(account);

    public BreakerSnapshot Breaker(Guid accountId) => resilience.Peek(accountId);

    public async Task<T> ReadAsync<T>(Account account, Func<IBrokerConnector, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(read);
        var connector = Connector(account);
        var pipelines = resilience.For(account.Id);
        try
        {
            return await pipelines.Reads.ExecuteAsync(async token => await read(connector, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException e)
        {
            throw new BrokerException(BrokerErrorKind.CircuitOpen, pipelines.Snapshot().PausedMessage(account.DisplayName), e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new BrokerException(
                BrokerErrorKind.Timeout,
                string.Create(CultureInfo.InvariantCulture, $"The broker did not answer within {options.Value.ReadTimeoutMs} ms."),
                e);
        }
    }

    /// <summary>One attempt, never retried. Throws <see cref="BrokenCircuitException"/>, <see cref="TimeoutRejectedException"/> or the connector's fault.</summary>
    public async Task<BrokerTradeResult> SendAsync(Account account, Func<IBrokerConnector, CancellationToken, Task<BrokerTradeResult>> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(send);
        var connector = Connector(account);
        return await resilience.For(account.Id).Orders
            .ExecuteAsync(async token => await send(connector, token).ConfigureAwait(false), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The breaker message for a refused or failed-fast order.</summary>
    public string PausedMessage(Account account) => resilience.For(account.Id).Snapshot().PausedMessage(account.DisplayName);
}

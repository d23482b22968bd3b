using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Connectors.Mt5Bridge;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Core.Candles;

/// <summary>What every open series shares.</summary>
/// <param name="Aggregated">
/// Bars the service published itself (aggregated from M1), so a series tells them apart from
/// native ones on the same hub group; weak, so the hub's last-value cache decides their lifetime.
/// </param>
internal sealed record CandleSeriesContext(
    IMarketHub Hub,
    Mt5MarketDataClient Bridge,
    CandlesOptions Options,
    TimeProvider Time,
    ILogger Logger,
    ConditionalWeakTable<CandleBarUpdate, object> Aggregated);

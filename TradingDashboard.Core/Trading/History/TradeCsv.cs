using System.Globalization;
using CsvHelper;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Trading.History;

/// <summary>
/// The history's CSV layout: a header, then one row per trade; RFC 4180 quoting (CsvHelper),
/// invariant numbers, ISO-8601 UTC times. Text fields a spreadsheet would run as a formula
/// (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>…) are prefixed with <c>'</c>; numbers are never touched.
/// </summary>
internal static class TradeCsv
{
    /// <summary>ISO-8601 in UTC with milliseconds, e.g. <c>2026-11-20T10:00:00.000Z</c>.</summary>
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static readonly IReadOnlyList<string> Header =
    [
        "trade_id", "account", "account_id", "position_ticket", "symbol", "direction", "status",
        "open_volume", "remaining_volume", "open_price", "close_price", "stop_loss", "take_profit",
        "opened_at", "closed_at", "realized_profit", "swap", "commission", "net_profit", "close_reason",
        "source", "live_run_id", "bot_version", "correlation_id", "idempotency_key",
    ];

    public static CsvWriter Create(Stream output) => CsvWriter.Create(
        output,
        new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture, Injection = CsvInjection.Escape },
        leaveOpen: true);

    public static async ValueTask WriteHeaderAsync(CsvWriter csv, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(csv);
        await csv.WriteRecordAsync([.. Header], cancellationToken).ConfigureAwait(false);
    }

    public static async ValueTask WriteAsync(CsvWriter csv, Trade trade, string accountName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(trade);
        csv.WriteField(trade.Id.ToString("D"));
        csv.WriteField(accountName);
        csv.WriteField(trade.AccountId.ToString("D"));
        csv.WriteField(trade.PositionTicket, default);
        csv.WriteField(trade.Symbol);
        csv.WriteField(trade.Direction.ToString());
        csv.WriteField(trade.Status.ToString());
        csv.WriteField(trade.OpenVolume, default);
        csv.WriteField(trade.RemainingVolume, default);
        csv.WriteField(trade.OpenPrice, default);
        csv.WriteField(trade.ClosePrice, default);
        csv.WriteField(trade.StopLoss, default);
        csv.WriteField(trade.TakeProfit, default);
        csv.WriteField(trade.OpenedAt.UtcDateTime, TimeFormat);
        if (trade.ClosedAt is { } closedAt)
        {
            csv.WriteField(closedAt.UtcDateTime, TimeFormat);
        }
        else
        {
            csv.WriteField((string?)null);
        }

        csv.WriteField(trade.RealizedProfit, default);
        csv.WriteField(trade.Swap, default);
        csv.WriteField(trade.Commission, default);
        csv.WriteField(trade.RealizedProfit + trade.Swap + trade.Commission, default);
        csv.WriteField(trade.CloseReason?.ToString());
        csv.WriteField(trade.Source.ToString());
        csv.WriteField(trade.LiveRunId?.ToString("D"));
        csv.WriteField(trade.BotVersion);
        csv.WriteField(trade.CorrelationId);
        csv.WriteField(trade.IdempotencyKey);
        await csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
    }
}

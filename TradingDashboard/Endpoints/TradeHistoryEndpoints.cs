using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Net.Http.Headers;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Trading.History;

namespace TradingDashboard.Endpoints;

/// <summary>
/// <c>GET /history/trades.csv</c>: the signed-in user's trade history as CSV, filtered like the
/// History page (<see cref="TradeHistoryCsvQuery"/>), streamed as it is written. Sign-in comes from
/// the fallback policy; naming an account the user may not see is refused with 403.
/// </summary>
public static partial class TradeHistoryEndpoints
{
    public const string ExportOperation = "history.export";

    public static IEndpointRouteBuilder MapTradeHistoryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(TradeHistoryCsvQuery.Path, ExportAsync).WithTags("Trade history");
        return endpoints;
    }

    private static async Task ExportAsync(
        HttpContext context,
        ITradeHistory history,
        IAccountAccess access,
        TimeProvider time,
        ILoggerFactory loggers)
    {
        var response = context.Response;
        if (AccessUser.FromPrincipal(context.User) is not { } user)
        {
            await context.ChallengeAsync();
            return;
        }

        if (!TradeHistoryCsvQuery.TryParse(context.Request.Query, out var query, out var error))
        {
            await WriteTextAsync(response, StatusCodes.Status400BadRequest, error!, context.RequestAborted);
            return;
        }

        string scope = "all-accounts";
        if (query.AccountId is { } accountId)
        {
            try
            {
                scope = access.Demand(user, accountId, ExportOperation).BrokerLogin;
            }
            catch (AccessDeniedException ex)
            {
                await WriteTextAsync(response, StatusCodes.Status403Forbidden, ex.Message, context.RequestAborted);
                return;
            }
        }

        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"trades-{SafeName(scope)}-{stamp}Z.csv",
        }.ToString();
        try
        {
            await history.WriteCsvAsync(user, query, response.Body, context.RequestAborted);
        }
        catch (AccessDeniedException ex) when (!response.HasStarted)
        {
            // The history refuses on its own too (e.g. access removed between the check and the query).
            response.Headers.ContentDisposition = default;
            await WriteTextAsync(response, StatusCodes.Status403Forbidden, ex.Message, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The browser went away mid-download.
        }
        catch (Exception ex) when (response.HasStarted)
        {
            // Headers are gone: the only honest signal left is a broken download, not a truncated "complete" file.
            LogExportBroken(loggers.CreateLogger(typeof(TradeHistoryEndpoints)), ex, user.UserName);
            context.Abort();
        }
    }

    private static async Task WriteTextAsync(HttpResponse response, int status, string message, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(message, cancellationToken);
    }

    private static string SafeName(string value) =>
        new([.. value.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);

    [LoggerMessage(Level = LogLevel.Error, Message = "The trade history export for {UserName} failed after it started streaming")]
    private static partial void LogExportBroken(ILogger logger, Exception exception, string userName);
}

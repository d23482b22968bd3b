using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TradingDashboard.Core.Accounts.Administration;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Trading;
using TradingDashboard.Endpoints;
using TradingDashboard.Tests.Browser;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Trading;

/// <summary>
/// <c>GET /history/trades.csv</c> on the real dashboard over real sockets: sign-in required, access
/// per account, filters, and the CSV itself, over trades made through the trading service against
/// the embedded bridge simulator (plus one booked directly on an account the trader may not see).
/// </summary>
public sealed class HistoryEndpointTests(TradingDashboardFixture fixture) : IClassFixture<TradingDashboardFixture>
{
    private readonly TraderActions _trader = new(fixture);

    [Fact]
    public async Task Export_Anonymous_RedirectedToSignIn()
    {
        using var client = fixture.Dashboard.CreateClient();

        using var response = await client.GetAsync(new Uri("history/trades.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", HttpSignIn.RedirectPath(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_TraderNamesAnotherAccount_Refused()
    {
        var (foreignAccount, _) = await BookForeignTradeAsync();
        using var client = await TraderClientAsync();

        using var response = await client.GetAsync(new Uri($"history/trades.csv?account={foreignAccount:D}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.DoesNotContain("EURUSD", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Trader_StreamsTheirClosedTradeAndNoOtherAccounts()
    {
        var (_, foreignTicket) = await BookForeignTradeAsync();
        var key = TraderActions.NewKey();
        var ticket = (await _trader.OpenAsync("EURUSD", PositionSide.Buy, 0.03m, key: key)).PositionTicket!.Value;
        Assert.Equal(OrderStatus.Done, (await _trader.CloseAsync(ticket)).Status);
        await _trader.WaitForClosedTradeAsync(ticket);
        using var client = await TraderClientAsync();

        using var response = await client.GetAsync(new Uri("history/trades.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Matches(@"^trades-all-accounts-\d{8}-\d{6}Z\.csv$", disposition!.FileName!.Trim('"'));
        var (header, rows) = Parse(await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(header);
        var row = Assert.Single(rows, r => r.Contains(key));
        Assert.Contains(ticket.ToString(CultureInfo.InvariantCulture), row);
        Assert.Contains("EURUSD", row);
        Assert.Contains(nameof(TradeSource.Manual), row);
        Assert.Contains(nameof(CloseReason.Manual), row);
        Assert.DoesNotContain(rows, r => r.Contains(foreignTicket.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Export_Admin_SeesEveryAccount()
    {
        var (foreignAccount, foreignTicket) = await BookForeignTradeAsync();
        using var client = await fixture.Dashboard.CreateSignedInClientAsync(DashboardServer.AdminUserName, DashboardServer.AdminPassword);

        using var response = await client.GetAsync(new Uri($"history/trades.csv?account={foreignAccount:D}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (_, rows) = Parse(await response.Content.ReadAsStringAsync());
        var row = Assert.Single(rows);
        Assert.Contains(foreignTicket.ToString(CultureInfo.InvariantCulture), row);
    }

    [Fact]
    public async Task Export_Filters_ApplyToTheRows()
    {
        var euro = (await _trader.OpenAsync("EURUSD", PositionSide.Sell, 0.01m)).PositionTicket!.Value;
        var pound = (await _trader.OpenAsync("GBPUSD", PositionSide.Sell, 0.01m)).PositionTicket!.Value;
        Assert.Equal(OrderStatus.Done, (await _trader.CloseAsync(euro)).Status);
        await _trader.WaitForClosedTradeAsync(euro);
        await WaitBookedAsync(pound);
        var euroText = euro.ToString(CultureInfo.InvariantCulture);
        var poundText = pound.ToString(CultureInfo.InvariantCulture);
        using var client = await TraderClientAsync();

        var (_, gbp) = await ExportAsync(client, $"account={fixture.AccountId:D}&symbol=GBPUSD&status=open");
        Assert.Contains(gbp, r => r.Contains(poundText));
        Assert.DoesNotContain(gbp, r => r.Contains(euroText));
        Assert.All(gbp, r => Assert.Contains("GBPUSD", r));

        var (_, manual) = await ExportAsync(client, "reason=Manual&source=manual");
        Assert.Contains(manual, r => r.Contains(euroText));
        Assert.DoesNotContain(manual, r => r.Contains(poundText));

        var (_, stopped) = await ExportAsync(client, "reason=StopLoss");
        Assert.DoesNotContain(stopped, r => r.Contains(euroText));

        var (header, future) = await ExportAsync(client, "from=2099-01-01T00:00:00Z");
        Assert.NotEmpty(header);
        Assert.Empty(future);
    }

    [Theory]
    [InlineData("source=robot", "'source'")]
    [InlineData("status=7", "'status'")]
    [InlineData("account=not-a-guid", "'account'")]
    [InlineData("from=yesterday", "'from'")]
    [InlineData("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "'to'")]
    public async Task Export_MalformedFilter_BadRequestNamingIt(string query, string named)
    {
        using var client = await TraderClientAsync();

        using var response = await client.GetAsync(new Uri($"history/trades.csv?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Link_RoundTripsThroughTheQueryParser()
    {
        var query = new Core.Trading.History.TradeHistoryQuery(
            fixture.AccountId, "BTCUSD.a", TradeSource.Bot, TradeStatus.Closed, CloseReason.ProfitTarget1,
            new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));

        var link = TradeHistoryCsvQuery.Link(query);
        var parameters = new Microsoft.AspNetCore.Http.QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link[link.IndexOf('?', StringComparison.Ordinal)..]));

        Assert.True(TradeHistoryCsvQuery.TryParse(parameters, out var parsed, out var error), error);
        Assert.Equal(query with { Skip = 0, Take = parsed.Take }, parsed);
    }

    private Task<HttpClient> TraderClientAsync() =>
        fixture.Dashboard.CreateSignedInClientAsync(TradingDashboardFixture.TraderName, fixture.TraderPassword);

    private async Task WaitBookedAsync(long ticket)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (!(await fixture.TradesAsync()).Any(t => t.PositionTicket == ticket))
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"Trade {ticket} was not booked within 30 s.");
            await Task.Delay(250);
        }
    }

    /// <summary>An account the trader is not assigned to, with one closed trade booked straight into the database.</summary>
    private async Task<(Guid AccountId, long Ticket)> BookForeignTradeAsync()
    {
        var admin = await fixture.Dashboard.AdminAsync();
        await using var scope = fixture.Dashboard.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<IAccountAdministration>().CreateAsync(
            admin,
            new AccountDraft { DisplayName = "Someone else's", BrokerLogin = Random.Shared.Next(60_000_000, 69_999_999).ToString(CultureInfo.InvariantCulture), Currency = "USD" },
            CancellationToken.None);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Values));
        var accountId = created.Account!.Account.Id;
        var ticket = Random.Shared.NextInt64(900_000_000, 999_999_999);
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow;
        db.Trades.Add(new Trade
        {
            Id = Guid.NewGuid(),
            AccountId = accountId,
            PositionTicket = ticket,
            Symbol = "EURUSD",
            Direction = PositionSide.Buy,
            Status = TradeStatus.Closed,
            OpenVolume = 1m,
            RemainingVolume = 0m,
            OpenPrice = 1.08000m,
            ClosePrice = 1.08100m,
            OpenedAt = now.AddHours(-2),
            ClosedAt = now.AddHours(-1),
            RealizedProfit = 100m,
            CloseReason = CloseReason.External,
            Source = TradeSource.Manual,
            UpdatedAt = now,
        });
        await db.SaveChangesAsync();
        return (accountId, ticket);
    }

    private static async Task<(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)> ExportAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync(new Uri($"history/trades.csv?{query}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"?{query}: {(int)response.StatusCode} {body}");
        return Parse(body);
    }

    /// <summary>RFC 4180: comma-separated, fields optionally double-quoted with "" for a quote; first record is the header.</summary>
    private static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) Parse(string csv)
    {
        var records = new List<IReadOnlyList<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
                {
                    i++;
                }

                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        records.RemoveAll(r => r.Count == 1 && r[0].Length == 0);
        return records.Count == 0 ? ([], []) : (records[0], records.Skip(1).ToList());
    }
}

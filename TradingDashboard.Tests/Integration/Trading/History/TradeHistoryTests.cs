using System.Text;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Trading;
using TradingDashboard.Core.Trading.History;
using TradingDashboard.Tests.Integration.Access;

namespace TradingDashboard.Tests.Integration.Trading.History;

/// <summary>The trade history over a real SQLite file with the real access policy: filters, paging, steps, access and the CSV.</summary>
public sealed class TradeHistoryTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private AccessTestServices _services = null!;
    private HistoryBook _book = null!;
    private TradeHistory _history = null!;

    public async Task InitializeAsync()
    {
        _services = await AccessTestServices.CreateAsync();
        var accountA = await _services.CreateAccountAsync("41000001", "Alpha, \"main\"", AccessTestServices.TraderA);
        var accountB = await _services.CreateAccountAsync("41000002", "Bravo", AccessTestServices.TraderB);
        IDbContextFactory<DashboardDbContext> contexts = _services.Sqlite!;
        _book = await HistoryBook.WriteAsync(contexts, accountA, accountB);
        _history = new TradeHistory(contexts, _services.Access);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Query_Trader_OnlyTheirAccountsNewestFirstWithNames()
    {
        var page = await _history.QueryAsync(AccessTestServices.TraderA, new TradeHistoryQuery(), None);

        Assert.Equal(5, page.Total);
        Assert.Equal(_book.AccountATrades.Select(t => t.Id), page.Rows.Select(r => r.TradeId));
        Assert.All(page.Rows, r => Assert.Equal("Alpha, \"main\"", r.AccountName));
        var other = await _history.QueryAsync(AccessTestServices.TraderB, new TradeHistoryQuery(), None);
        Assert.Equal([_book.OtherAccount.Id], other.Rows.Select(r => r.TradeId));
    }

    [Fact]
    public async Task Query_Admin_EveryAccount()
    {
        var page = await _history.QueryAsync(AccessTestServices.Admin, new TradeHistoryQuery(), None);

        Assert.Equal(6, page.Total);
        Assert.Equal([_book.Odd.Id, _book.OtherAccount.Id, _book.BotOpen.Id, _book.SameSecond.Id, _book.Manual.Id, _book.Closed.Id], page.Rows.Select(r => r.TradeId));
    }

    [Fact]
    public async Task Query_AnotherTradersAccountNamed_RefusedAndNothingWritten()
    {
        var query = new TradeHistoryQuery(AccountId: _book.AccountB);
        using var output = new MemoryStream();

        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => _history.QueryAsync(AccessTestServices.TraderA, query, None));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _history.WriteCsvAsync(AccessTestServices.TraderA, query, output, None));

        Assert.Equal(AccessDeniedReason.NotAssigned, refused.Reason);
        Assert.Equal(0, output.Length);
        Assert.Contains(_services.Refusals, r => r.Message.Contains(_book.AccountB.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Query_OwnAccountNamed_OnlyThatAccount()
    {
        var page = await _history.QueryAsync(AccessTestServices.Admin, new TradeHistoryQuery(AccountId: _book.AccountB), None);

        Assert.Equal([_book.OtherAccount.Id], page.Rows.Select(r => r.TradeId));
        Assert.Equal("Bravo", page.Rows[0].AccountName);
    }

    [Fact]
    public async Task Query_Filters_EachNarrowsTheRows()
    {
        var trader = AccessTestServices.TraderA;

        Assert.Equal([_book.Manual.Id], await IdsAsync(trader, new TradeHistoryQuery(Symbol: " eurusd ")));
        Assert.Equal([_book.Odd.Id], await IdsAsync(trader, new TradeHistoryQuery(Symbol: HistoryBook.OddSymbol)));
        Assert.Equal([_book.BotOpen.Id], await IdsAsync(trader, new TradeHistoryQuery(Source: TradeSource.Bot)));
        Assert.Equal([_book.BotOpen.Id], await IdsAsync(trader, new TradeHistoryQuery(Status: TradeStatus.Open)));
        Assert.Equal([_book.Odd.Id], await IdsAsync(trader, new TradeHistoryQuery(CloseReason: CloseReason.StopLoss)));
        Assert.Equal([_book.Manual.Id], await IdsAsync(trader, new TradeHistoryQuery(Source: TradeSource.Manual, CloseReason: CloseReason.TakeProfit)));
    }

    [Fact]
    public async Task Query_TimeRange_FromInclusiveToExclusiveToTheMillisecond()
    {
        var trader = AccessTestServices.TraderA;
        var sameSecond = _book.SameSecond.OpenedAt;

        Assert.Equal([_book.BotOpen.Id, _book.SameSecond.Id], await IdsAsync(trader, new TradeHistoryQuery(From: sameSecond, To: _book.Odd.OpenedAt)));
        Assert.Equal([_book.BotOpen.Id], await IdsAsync(trader, new TradeHistoryQuery(From: sameSecond.AddMilliseconds(1), To: _book.Odd.OpenedAt)));
        Assert.Equal([_book.SameSecond.Id, _book.Manual.Id, _book.Closed.Id], await IdsAsync(trader, new TradeHistoryQuery(To: _book.BotOpen.OpenedAt)));

        // A bound in another offset means the same instant.
        var cet = TimeSpan.FromHours(1);
        Assert.Equal([_book.Odd.Id], await IdsAsync(trader, new TradeHistoryQuery(From: _book.Odd.OpenedAt.ToOffset(cet))));
    }

    [Fact]
    public async Task Query_Pages_DoNotOverlapAndKeepTheTotal()
    {
        var admin = AccessTestServices.Admin;

        var first = await _history.QueryAsync(admin, new TradeHistoryQuery(Skip: 0, Take: 4), None);
        var second = await _history.QueryAsync(admin, new TradeHistoryQuery(Skip: 4, Take: 4), None);
        var beyond = await _history.QueryAsync(admin, new TradeHistoryQuery(Skip: 8, Take: 4), None);

        Assert.Equal((6, 6, 6), (first.Total, second.Total, beyond.Total));
        Assert.Equal([_book.Odd.Id, _book.OtherAccount.Id, _book.BotOpen.Id, _book.SameSecond.Id], first.Rows.Select(r => r.TradeId));
        Assert.Equal([_book.Manual.Id, _book.Closed.Id], second.Rows.Select(r => r.TradeId));
        Assert.Empty(beyond.Rows);
    }

    [Fact]
    public async Task Query_Steps_TheTradesOrdersOldestFirstByTradeIdOrTicket()
    {
        var page = await _history.QueryAsync(AccessTestServices.Admin, new TradeHistoryQuery(Symbol: "EURUSD"), None);

        var manual = page.Rows.Single(r => r.TradeId == _book.Manual.Id);
        Assert.Equal(_book.ManualSteps.Select(o => o.Id), manual.Steps.Select(s => s.OrderId));
        Assert.Equal([OrderKind.Open, OrderKind.Modify, OrderKind.Close], manual.Steps.Select(s => s.Kind));
        Assert.Equal(CloseReason.Manual, manual.Steps[^1].CloseReason);
        Assert.Equal("u-trader-a", manual.Steps[0].RequestedBy);
        var other = page.Rows.Single(r => r.TradeId == _book.OtherAccount.Id);
        Assert.Equal(_book.ForeignOrder.Id, Assert.Single(other.Steps).OrderId);
        Assert.Equal(25.50m, manual.RealizedProfit);
        Assert.Equal((CloseReason?)CloseReason.TakeProfit, manual.CloseReason);
        Assert.Equal("m:open", manual.IdempotencyKey);
    }

    [Fact]
    public async Task WriteCsv_Trader_OneEscapedRowPerTradeThatParsesBack()
    {
        using var output = new MemoryStream();

        await _history.WriteCsvAsync(AccessTestServices.TraderA, new TradeHistoryQuery(Take: 1), output, None);

        var text = Encoding.UTF8.GetString(output.ToArray());
        using var reader = CsvReader.FromText(text, new CsvReaderOptions { Separator = ',' });
        Assert.Equal(TradeCsv.Header, reader.Headers);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(TradeCsv.Header.ToDictionary(h => h, h => reader.GetString(h)));
        }

        // Skip/Take do not apply to the export: every trade of the trader's account, newest first.
        Assert.Equal(_book.AccountATrades.Select(t => t.Id.ToString("D")), rows.Select(r => r["trade_id"]));
        var odd = rows[0];
        Assert.Equal(HistoryBook.OddSymbol, odd["symbol"]);
        Assert.Equal("Alpha, \"main\"", odd["account"]);
        Assert.Equal("-12.34", odd["realized_profit"]);
        Assert.Equal("-13.16", odd["net_profit"]);
        Assert.Equal("StopLoss", odd["close_reason"]);
        Assert.Equal("Ai", odd["source"]);
        Assert.Equal("2026-11-03T09:30:00.000Z", odd["opened_at"]);
        Assert.Equal("2026-11-03T10:30:00.000Z", odd["closed_at"]);
        Assert.Equal("1004", odd["position_ticket"]);
        var bot = rows[1];
        Assert.Equal(("Bot", "0f8fad5b-d9cb-469f-a165-70867728950e", "2.1.0"), (bot["source"], bot["live_run_id"], bot["bot_version"]));
        Assert.Equal("'" + HistoryBook.FormulaCorrelation, bot["correlation_id"]);
        Assert.Equal((string.Empty, string.Empty, "Open"), (bot["closed_at"], bot["close_reason"], bot["status"]));
        Assert.Equal("2026-11-02T10:00:00.250Z", bot["opened_at"]);
        Assert.Contains("\"EUR,USD \"\"x\"\"\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(_book.OtherAccount.Id.ToString("D"), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteCsv_Filtered_HeaderEvenWithoutRows()
    {
        using var output = new MemoryStream();

        await _history.WriteCsvAsync(AccessTestServices.TraderB, new TradeHistoryQuery(Status: TradeStatus.Open), output, None);

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', TradeCsv.Header), Assert.Single(lines));
    }

    private async Task<IEnumerable<Guid>> IdsAsync(AccessUser user, TradeHistoryQuery query) =>
        (await _history.QueryAsync(user, query, None)).Rows.Select(r => r.TradeId);
}

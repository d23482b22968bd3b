using TradingDashboard.Core.Trading.History;
using TradingDashboard.Tests.Infrastructure;
using TradingDashboard.Tests.Integration.Access;

namespace TradingDashboard.Tests.Integration.Trading.History;

/// <summary>The same history on a real PostgreSQL, where times are compared and sorted natively.</summary>
public sealed class TradeHistoryPostgresTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Query_PostgreSql_NewestFirstTimeRangeAndPages()
    {
        var database = await PostgresTestDatabase.CreateAsync();
        await using var services = await AccessTestServices.CreateAsync(postgres: database);
        var accountA = await services.CreateAccountAsync("42000001", "Alpha", AccessTestServices.TraderA);
        var accountB = await services.CreateAccountAsync("42000002", "Bravo", AccessTestServices.TraderB);
        var book = await HistoryBook.WriteAsync(database, accountA, accountB);
        var history = new TradeHistory(database, services.Access);

        var all = await history.QueryAsync(AccessTestServices.TraderA, new TradeHistoryQuery(), None);
        var range = await history.QueryAsync(AccessTestServices.TraderA, new TradeHistoryQuery(From: book.SameSecond.OpenedAt.AddMilliseconds(1), To: book.Odd.OpenedAt), None);
        var second = await history.QueryAsync(AccessTestServices.Admin, new TradeHistoryQuery(Skip: 4, Take: 4), None);
        var steps = (await history.QueryAsync(AccessTestServices.TraderA, new TradeHistoryQuery(Symbol: "eurusd"), None)).Rows.Single().Steps;

        Assert.Equal(book.AccountATrades.Select(t => t.Id), all.Rows.Select(r => r.TradeId));
        Assert.Equal([book.BotOpen.Id], range.Rows.Select(r => r.TradeId));
        Assert.Equal(6, second.Total);
        Assert.Equal([book.Manual.Id, book.Closed.Id], second.Rows.Select(r => r.TradeId));
        Assert.Equal(book.ManualSteps.Select(o => o.Id), steps.Select(s => s.OrderId));
    }
}

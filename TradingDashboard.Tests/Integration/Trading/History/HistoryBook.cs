using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Tests.Integration.Trading.History;

/// <summary>
/// A small set of books for history tests, written straight into the database: account A
/// (trader A) holds five trades, account B (trader B) one. Open times, newest first:
/// <see cref="Odd"/>, <see cref="OtherAccount"/>, <see cref="BotOpen"/>, <see cref="SameSecond"/>, <see cref="Manual"/>.
/// </summary>
internal sealed class HistoryBook
{
    public const string OddSymbol = "EUR,USD \"x\"";
    public const string FormulaCorrelation = "=HYPERLINK(\"http://evil\")";

    public static readonly DateTimeOffset Day = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private HistoryBook(Guid accountA, Guid accountB)
    {
        AccountA = accountA;
        AccountB = accountB;
        Manual = NewTrade(accountA, 1001, "EURUSD", Day.AddHours(10));
        SameSecond = NewTrade(accountA, 1002, "USDJPY", Day.AddDays(1).AddHours(10));
        BotOpen = NewTrade(accountA, 1003, "GBPUSD", Day.AddDays(1).AddHours(10).AddMilliseconds(250));
        OtherAccount = NewTrade(accountB, 1001, "EURUSD", Day.AddDays(1).AddHours(12));
        Odd = NewTrade(accountA, 1004, OddSymbol, Day.AddDays(2).AddHours(9).AddMinutes(30));
        Closed = NewTrade(accountA, 1005, "XAUUSD", Day.AddHours(8));
    }

    public Guid AccountA { get; }

    public Guid AccountB { get; }

    /// <summary>EURUSD buy, closed by take profit, three orders.</summary>
    public Trade Manual { get; }

    /// <summary>USDJPY, opened within the same second as <see cref="BotOpen"/> but 250 ms earlier.</summary>
    public Trade SameSecond { get; }

    /// <summary>GBPUSD sell still open, from a bot, with a correlation id a spreadsheet would run.</summary>
    public Trade BotOpen { get; }

    /// <summary>Account B's trade, with the same position ticket as <see cref="Manual"/>.</summary>
    public Trade OtherAccount { get; }

    /// <summary>A symbol with a comma and quotes, closed at its stop with a loss, from the AI.</summary>
    public Trade Odd { get; }

    /// <summary>XAUUSD, the oldest, closed outside the dashboard.</summary>
    public Trade Closed { get; }

    /// <summary>Account A's trades, newest first.</summary>
    public IReadOnlyList<Trade> AccountATrades => [Odd, BotOpen, SameSecond, Manual, Closed];

    public IReadOnlyList<TradeOrder> ManualSteps { get; private set; } = [];

    /// <summary>Account B's order on the same ticket number as <see cref="Manual"/>.</summary>
    public TradeOrder ForeignOrder { get; private set; } = null!;

    public static async Task<HistoryBook> WriteAsync(IDbContextFactory<DashboardDbContext> contexts, Guid accountA, Guid accountB)
    {
        var book = new HistoryBook(accountA, accountB);
        book.Shape();
        await using var db = await contexts.CreateDbContextAsync();
        db.Trades.AddRange(book.AccountATrades.Append(book.OtherAccount));
        var open = Order(book.Manual, OrderKind.Open, "m:open", book.Manual.OpenedAt, tradeId: book.Manual.Id);
        var modify = Order(book.Manual, OrderKind.Modify, "m:modify", book.Manual.OpenedAt.AddMinutes(5), tradeId: null);
        var close = Order(book.Manual, OrderKind.Close, "m:close", book.Manual.OpenedAt.AddMinutes(50), tradeId: null);
        close.CloseReason = CloseReason.Manual;

        // Same ticket on the other account: not a step of Manual.
        var foreign = Order(book.OtherAccount, OrderKind.Open, "o:open", book.Manual.OpenedAt.AddMinutes(1), tradeId: null);
        db.TradeOrders.AddRange(close, foreign, modify, open);
        await db.SaveChangesAsync();
        book.ManualSteps = [open, modify, close];
        book.ForeignOrder = foreign;
        return book;
    }

    private void Shape()
    {
        Close(Manual, 1.08250m, 25.50m, CloseReason.TakeProfit);
        Manual.IdempotencyKey = "m:open";
        BotOpen.Direction = PositionSide.Sell;
        BotOpen.Source = TradeSource.Bot;
        BotOpen.LiveRunId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        BotOpen.BotVersion = "2.1.0";
        BotOpen.CorrelationId = FormulaCorrelation;
        Close(Odd, 1.07000m, -12.34m, CloseReason.StopLoss);
        Odd.Source = TradeSource.Ai;
        Close(OtherAccount, 1.08100m, 10m, CloseReason.Manual);
        Close(Closed, 2650.10m, 99.99m, CloseReason.External);
        Close(SameSecond, 151.000m, 5m, CloseReason.Bot);
    }

    private static void Close(Trade trade, decimal price, decimal profit, CloseReason reason)
    {
        trade.Status = TradeStatus.Closed;
        trade.RemainingVolume = 0m;
        trade.ClosePrice = price;
        trade.ClosedAt = trade.OpenedAt.AddHours(1);
        trade.RealizedProfit = profit;
        trade.Swap = -0.12m;
        trade.Commission = -0.70m;
        trade.CloseReason = reason;
    }

    private static Trade NewTrade(Guid accountId, long ticket, string symbol, DateTimeOffset openedAt) => new()
    {
        Id = Guid.NewGuid(),
        AccountId = accountId,
        PositionTicket = ticket,
        Symbol = symbol,
        Direction = PositionSide.Buy,
        Status = TradeStatus.Open,
        OpenVolume = 0.10m,
        RemainingVolume = 0.10m,
        OpenPrice = 1.08000m,
        StopLoss = 1.07000m,
        TakeProfit = 1.09000m,
        OpenedAt = openedAt,
        Source = TradeSource.Manual,
        UpdatedAt = openedAt,
    };

    private static TradeOrder Order(Trade trade, OrderKind kind, string key, DateTimeOffset createdAt, Guid? tradeId) => new()
    {
        Id = Guid.NewGuid(),
        AccountId = trade.AccountId,
        IdempotencyKey = key,
        ClientTag = ClientOrderTag.For(key),
        Kind = kind,
        Status = OrderStatus.Done,
        Symbol = trade.Symbol,
        Direction = trade.Direction,
        OrderType = OrderType.Market,
        Volume = trade.OpenVolume,
        PositionTicket = trade.PositionTicket,
        FillPrice = trade.OpenPrice,
        FilledVolume = trade.OpenVolume,
        ResultCode = TradeResultCode.Done,
        Source = trade.Source,
        RequestedBy = "u-trader-a",
        TradeId = tradeId,
        CreatedAt = createdAt,
        CompletedAt = createdAt.AddSeconds(1),
    };
}

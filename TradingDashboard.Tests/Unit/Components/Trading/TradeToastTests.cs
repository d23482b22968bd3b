using Radzen;
using TradingDashboard.Components.Shared.Trading;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Tests.Unit.Components.Trading;

public sealed class TradeToastTests
{
    private static readonly Guid Account = Guid.Parse("5a1e0000-0000-0000-0000-000000000001");

    [Fact]
    public void For_OpenDone_FilledWithSidePriceAndPosition()
    {
        var toast = TradeToast.For(Update(OrderKind.Open, OrderStatus.Done, price: 1.08465m, position: 7001), "Main");

        Assert.Equal(new TradeToast(NotificationSeverity.Success, "Filled", "Buy 0.10 EURUSD at 1.08465 · #7001 · Main"), toast);
    }

    [Fact]
    public void For_Rejected_ErrorWithTheBrokersSentence()
    {
        var toast = TradeToast.For(Update(OrderKind.Open, OrderStatus.Rejected, message: "Not enough free margin."), "Main")!;

        Assert.Equal(NotificationSeverity.Error, toast.Severity);
        Assert.Equal("Order rejected", toast.Summary);
        Assert.Equal("Buy 0.10 EURUSD · Main. Not enough free margin.", toast.Detail);
        Assert.True(toast.Duration > TimeSpan.FromSeconds(6));
    }

    [Fact]
    public void For_Unknown_VerifyingWarning()
    {
        var toast = TradeToast.For(Update(OrderKind.Close, OrderStatus.Unknown, position: 7001), "Main")!;

        Assert.Equal(NotificationSeverity.Warning, toast.Severity);
        Assert.Equal("Verifying with the broker…", toast.Summary);
        Assert.StartsWith("Close Buy 0.10 EURUSD · #7001 · Main: no answer", toast.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OrderStatus.Recorded)]
    [InlineData(OrderStatus.Refused)]
    public void For_NotNews_NoToast(OrderStatus status) =>
        Assert.Null(TradeToast.For(Update(OrderKind.Open, status), "Main"));

    [Fact]
    public void For_BotModify_NamesTheSource()
    {
        var toast = TradeToast.For(Update(OrderKind.Modify, OrderStatus.Done, position: 7001, source: TradeSource.Bot), "Main")!;

        Assert.Equal("SL/TP changed", toast.Summary);
        Assert.Equal("EURUSD · #7001 · Main · Bot", toast.Detail);
    }

    [Theory]
    [InlineData("12.30", NotificationSeverity.Success, "Position closed · +12.30 USD")]
    [InlineData("-4.05", NotificationSeverity.Warning, "Position closed · -4.05 USD")]
    [InlineData("0", NotificationSeverity.Info, "Position closed · 0.00 USD")]
    public void For_PositionClosed_NetProfitSignedInTheSummary(string profit, NotificationSeverity severity, string summary)
    {
        var net = decimal.Parse(profit, System.Globalization.CultureInfo.InvariantCulture);
        var closed = new PositionClosedUpdate(GroupKeys.Account(Account), DateTimeOffset.UnixEpoch, Account, 7001, "XAUUSD", 0.05m, net, DateTimeOffset.UnixEpoch);

        var toast = TradeToast.For(closed, "Main", "USD");

        Assert.Equal(severity, toast.Severity);
        Assert.Equal(summary, toast.Summary);
        Assert.StartsWith("XAUUSD 0.05 lots · #7001 · Main · net P/L ", toast.Detail, StringComparison.Ordinal);
    }

    private static TradeUpdate Update(OrderKind kind, OrderStatus status, decimal? price = null, long? position = null, TradeSource source = TradeSource.Manual, string message = "") =>
        new(GroupKeys.Account(Account), DateTimeOffset.UnixEpoch, Account, Guid.NewGuid(), kind, status, "EURUSD", PositionSide.Buy, 0.10m, price, position, source, message);
}

using System.Text.Json;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Connectors.Mt5Bridge;
using TradingDashboard.Core.Connectors.Mt5Bridge.Trading;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Resilience;

namespace TradingDashboard.Tests.Unit.Connectors.Mt5Bridge;

/// <summary>Bridge answers (MT5 field names, as docs/bridge-openapi.yaml shows them) read into the normalized DTOs.</summary>
public sealed class Mt5WireReadingTests
{
    private static readonly Mt5BridgeJsonContext Json = Mt5BridgeJsonContext.Default;

    [Fact]
    public void Position_SellWithoutStops_NormalizedWithNullLevelsAndUtcTime()
    {
        var list = JsonSerializer.Deserialize("""
            {"login": "7101", "count": 1, "positions": [{"ticket": 501, "time": 1764000000, "time_msc": 1764000000250, "type": 1,
             "magic": 77, "identifier": 501, "volume": 0.25, "price_open": 1.08450, "sl": 0, "tp": 1.07000,
             "price_current": 1.08400, "swap": -0.4, "profit": 12.5, "symbol": "EURUSD", "comment": "td1:abc"}]}
            """, Json.Mt5PositionList)!;

        var position = Assert.Single(list.Positions!).ToBroker();

        Assert.Equal(new BrokerPosition(501, "EURUSD", PositionSide.Sell, 0.25m, 1.08450m, null, 1.07000m, 1.08400m, -0.4m, 12.5m, 77, "td1:abc",
            new DateTimeOffset(2025, 11, 24, 16, 0, 0, 250, TimeSpan.Zero)), position);
    }

    [Theory]
    [InlineData(2, PositionSide.Buy, OrderType.Limit)]
    [InlineData(3, PositionSide.Sell, OrderType.Limit)]
    [InlineData(4, PositionSide.Buy, OrderType.Stop)]
    [InlineData(5, PositionSide.Sell, OrderType.Stop)]
    public void PendingOrder_Mt5Type_DirectionAndKind(int type, PositionSide direction, OrderType kind)
    {
        var order = Assert.Single(PendingOrders(type).Orders!).ToBroker();

        Assert.Equal(direction, order.Direction);
        Assert.Equal(kind, order.Type);
        Assert.Equal(0.1m, order.Volume);
        Assert.Equal(1.05m, order.Price);
        Assert.Equal(1.04m, order.StopLoss);
        Assert.Null(order.TakeProfit);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764000000), order.PlacedAt);
    }

    [Fact]
    public void PendingOrder_StopLimitType_DataFault()
    {
        var fault = Assert.Throws<BrokerException>(() => Assert.Single(PendingOrders(6).Orders!).ToBroker());

        Assert.Equal(BrokerErrorKind.Data, fault.Kind);
    }

    [Fact]
    public void Deal_OutByStopLoss_EntryReasonAndFeeInCommission()
    {
        var deal = Assert.Single(Deals(""" "type": 0, "entry": 1, "reason": 4, "commission": -0.7, "fee": -0.3 """).Deals!);

        var read = deal.ToBroker();

        Assert.True(deal.IsTrade);
        Assert.Equal(PositionSide.Buy, read.Direction);
        Assert.Equal(DealEntry.Out, read.Entry);
        Assert.Equal(DealReason.StopLoss, read.Reason);
        Assert.Equal(-1.0m, read.Commission);
        Assert.Equal(-8.5m, read.Profit);
        Assert.Equal(900L, read.PositionTicket);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764000001500), read.Time);
    }

    [Fact]
    public void Deal_BalanceOperation_NotATrade()
    {
        var deal = Assert.Single(Deals(""" "type": 2, "entry": 0, "reason": 0, "commission": 0, "fee": 0 """).Deals!);

        Assert.False(deal.IsTrade);
    }

    [Fact]
    public void Deal_UnknownEntry_DataFault()
    {
        var deal = Assert.Single(Deals(""" "type": 1, "entry": 9, "reason": 0, "commission": 0, "fee": 0 """).Deals!);

        Assert.Equal(BrokerErrorKind.Data, Assert.Throws<BrokerException>(deal.ToBroker).Kind);
    }

    [Theory]
    [InlineData(10009, "", TradeResultCode.Done, "Executed.")]
    [InlineData(10016, "Invalid stops: SL above bid", TradeResultCode.InvalidStops, "Invalid stops: SL above bid")]
    [InlineData(10014, null, TradeResultCode.InvalidVolume, "Invalid volume for this symbol.")]
    [InlineData(10036, "Position closed", TradeResultCode.NotFound, "Position closed")]
    public void TradeResult_Retcode_CodeAndMessage(int retcode, string? comment, TradeResultCode code, string message)
    {
        var body = JsonSerializer.Serialize(new { retcode, comment, order = 11, deal = 0, position = 12, volume = 0.1, price = 1.1, bid = 1.0, ask = 1.1 });

        var result = JsonSerializer.Deserialize(body, Json.Mt5TradeResult)!.ToBroker();

        Assert.Equal(new BrokerTradeResult(code, retcode, message, 11, null, 12, 0.1m, 1.1m), result);
    }

    [Fact]
    public void TradeResult_WithoutRetcode_DataFault()
    {
        var answer = JsonSerializer.Deserialize("""{"comment": "ok", "order": 1}""", Json.Mt5TradeResult)!;

        Assert.Equal(BrokerErrorKind.Data, Assert.Throws<BrokerException>(answer.ToBroker).Kind);
    }

    [Fact]
    public void SymbolInfo_Spec_MapsEveryFieldAndTheQuote()
    {
        var info = JsonSerializer.Deserialize("""
            {"name": "BTCUSD.a", "digits": 2, "point": 0.01, "trade_tick_size": 0.01, "trade_tick_value": 0.01, "trade_contract_size": 1,
             "volume_min": 0.01, "volume_max": 10, "volume_step": 0.01, "trade_stops_level": 200, "currency_base": "BTC",
             "currency_profit": "USD", "currency_margin": "BTC", "bid": 90250.10, "ask": 90268.10, "time": 1764000000}
            """, Json.Mt5SymbolInfo)!;

        Assert.Equal(new SymbolInfo("BTCUSD.a", 2, 0.01m, 0.01m, 0.01m, 1m, 0.01m, 10m, 0.01m, 200, "BTC", "USD", "BTC"), info.ToSymbolInfo());
        Assert.Equal(new BrokerQuote("BTCUSD.a", 90250.10m, 90268.10m, DateTimeOffset.FromUnixTimeSeconds(1764000000)), info.ToQuote());
    }

    [Fact]
    public void SymbolInfo_NoTickYetAndZeroStep_NullQuoteAndDataFault()
    {
        var info = JsonSerializer.Deserialize("""
            {"name": "XAUUSD", "digits": 2, "point": 0.01, "trade_tick_size": 0.01, "trade_tick_value": 1, "trade_contract_size": 100,
             "volume_min": 0.01, "volume_max": 50, "volume_step": 0, "trade_stops_level": 20, "currency_base": "XAU",
             "currency_profit": "USD", "currency_margin": "XAU", "bid": 0, "ask": 0, "time": 0}
            """, Json.Mt5SymbolInfo)!;

        Assert.Null(info.ToQuote());
        Assert.Equal(BrokerErrorKind.Data, Assert.Throws<BrokerException>(info.ToSymbolInfo).Kind);
    }

    [Fact]
    public void AccountInfo_LiveDataMissing_StoredDataWithLoginFromTheBridge()
    {
        var response = JsonSerializer.Deserialize("""
            {"login": "7101", "live_data": null, "source": "stored_data",
             "stored_data": {"login": 7101, "balance": 9950.5, "equity": 9990, "profit": 39.5, "margin": 21.7, "margin_free": 9968.3,
                             "margin_level": 4603.7, "leverage": 100, "currency": "USD", "trade_allowed": true}}
            """, Json.Mt5AccountStateResponse)!;

        var info = response.Best!.ToBroker("fallback");

        Assert.Equal(new BrokerAccountInfo("7101", "USD", 9950.5m, 9990m, 21.7m, 9968.3m, 100, true, Hedging: true), info);
    }

    private static Mt5PendingOrderList PendingOrders(int type) =>
        JsonSerializer.Deserialize($$"""
            {"orders": [{"ticket": 31, "time_setup": 1764000000, "type": {{type}}, "magic": 0, "volume_initial": 0.1, "volume_current": 0.1,
             "price_open": 1.05, "sl": 1.04, "tp": 0, "price_current": 1.08, "symbol": "EURUSD", "comment": "td1:x"}]}
            """, Json.Mt5PendingOrderList)!;

    private static Mt5DealList Deals(string varying) =>
        JsonSerializer.Deserialize($$"""
            {"deals": [{"ticket": 1001, "order": 2002, "time": 1764000001, "time_msc": 1764000001500, "magic": 0, "position_id": 900,
             "volume": 0.1, "price": 1.0845, "swap": 0, "profit": -8.5, "symbol": "EURUSD", "comment": "td1:close", {{varying}}}]}
            """, Json.Mt5DealList)!;
}

using System.Text.Json;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Connectors.Mt5Bridge;
using TradingDashboard.Core.Connectors.Mt5Bridge.Trading;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Tests.Unit.Connectors.Mt5Bridge;

/// <summary>Normalized requests written as the bridge's MT5 request bodies.</summary>
public sealed class Mt5WireRequestTests
{
    private static readonly Mt5BridgeJsonContext Json = Mt5BridgeJsonContext.Default;

    [Theory]
    [InlineData(PositionSide.Buy, OrderType.Market, 0)]
    [InlineData(PositionSide.Sell, OrderType.Market, 1)]
    [InlineData(PositionSide.Buy, OrderType.Limit, 2)]
    [InlineData(PositionSide.Sell, OrderType.Limit, 3)]
    [InlineData(PositionSide.Buy, OrderType.Stop, 4)]
    [InlineData(PositionSide.Sell, OrderType.Stop, 5)]
    public void OrderRequest_DirectionAndType_Mt5OrderType(PositionSide direction, OrderType type, int expected)
    {
        var body = Write(new BrokerOrderRequest("EURUSD", direction, type, 0.1m, 1.05m, null, null, "td1:tag"));

        Assert.Equal(expected, body.GetProperty("type").GetInt32());
    }

    [Fact]
    public void OrderRequest_Market_NoPriceAndEveryMt5Field()
    {
        var body = Write(new BrokerOrderRequest("BTCUSD.a", PositionSide.Buy, OrderType.Market, 0.02m, 90000m, 89000m, null, "td1:tag", Magic: 31, DeviationPoints: 50));

        Assert.Equal(
            """{"symbol":"BTCUSD.a","type":0,"volume":0.02,"sl":89000,"deviation":50,"magic":31,"comment":"td1:tag"}""",
            body.GetRawText());
    }

    [Fact]
    public void OrderRequest_Pending_CarriesItsPrice()
    {
        var body = Write(new BrokerOrderRequest("EURUSD", PositionSide.Sell, OrderType.Limit, 0.1m, 1.09m, 1.1m, 1.07m, "td1:tag"));

        Assert.Equal(1.09m, body.GetProperty("price").GetDecimal());
        Assert.Equal(1.1m, body.GetProperty("sl").GetDecimal());
        Assert.Equal(1.07m, body.GetProperty("tp").GetDecimal());
    }

    [Fact]
    public void CloseRequest_WholePosition_NoVolumeField()
    {
        var text = JsonSerializer.Serialize(Mt5CloseRequest.From(new BrokerCloseRequest(77, null, "td1:close")), Json.Mt5CloseRequest);

        Assert.Equal("""{"deviation":20,"magic":0,"comment":"td1:close"}""", text);
    }

    [Fact]
    public void CloseRequest_Part_Volume()
    {
        var text = JsonSerializer.Serialize(Mt5CloseRequest.From(new BrokerCloseRequest(77, 0.05m, "td1:close", Magic: 9)), Json.Mt5CloseRequest);

        Assert.Equal("""{"volume":0.05,"deviation":20,"magic":9,"comment":"td1:close"}""", text);
    }

    [Fact]
    public void ModifyRequest_NullLevels_ZeroesThatRemove()
    {
        var text = JsonSerializer.Serialize(Mt5ModifyRequest.From(new BrokerModifyRequest(77, null, 1.2m)), Json.Mt5ModifyRequest);

        Assert.Equal("""{"sl":0,"tp":1.2}""", text);
    }

    private static JsonElement Write(BrokerOrderRequest request) =>
        JsonDocument.Parse(JsonSerializer.Serialize(Mt5OrderRequest.From(request), Json.Mt5OrderRequest)).RootElement;
}

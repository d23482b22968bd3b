using TradingDashboard.Core.Events;

namespace TradingDashboard.Tests.Unit.Events;

public sealed class RoutingKeysTests
{
    public static TheoryData<string> EventTypeNames => [.. EventTypes.All];

    [Theory]
    [MemberData(nameof(EventTypeNames))]
    public void For_AccountUuidAndType_BuildsAccountKeyTypeRoutingKey(string type)
    {
        var accountId = Guid.Parse("8D7E6F50-1A2B-4C3D-9E8F-0A1B2C3D4E5F");

        Assert.Equal($"account.8d7e6f50-1a2b-4c3d-9e8f-0a1b2c3d4e5f.{type}", RoutingKeys.For(accountId, type));
    }

    [Fact]
    public void For_BrokerLogin_UsesTheLoginAsAccountKey()
    {
        Assert.Equal("account.51234567.account.info", RoutingKeys.For("51234567", EventTypes.AccountInfo));
    }

    [Fact]
    public void For_AccountKeyWithDot_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => RoutingKeys.For("51234567.demo", EventTypes.PriceTick));

        Assert.Equal("accountKey", error.ParamName);
    }

    [Theory]
    [InlineData(null, EventTypes.PriceTick, "accountKey")]
    [InlineData("", EventTypes.PriceTick, "accountKey")]
    [InlineData("  ", EventTypes.PriceTick, "accountKey")]
    [InlineData("51234567", "", "eventType")]
    [InlineData("51234567", null, "eventType")]
    public void For_MissingPart_Throws(string? accountKey, string? type, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => RoutingKeys.For(accountKey!, type!));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void AllAccounts_BindsEveryAccountEventTopic()
    {
        Assert.Equal("account.#", RoutingKeys.AllAccounts);
        Assert.All(EventTypes.All, type => Assert.StartsWith("account.", RoutingKeys.For("51234567", type), StringComparison.Ordinal));
    }
}

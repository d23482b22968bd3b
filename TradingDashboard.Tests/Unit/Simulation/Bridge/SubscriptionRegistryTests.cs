using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Simulation.Bridge;

namespace TradingDashboard.Tests.Unit.Simulation.Bridge;

public class SubscriptionRegistryTests
{
    private static readonly SubscriptionKey EurUsd = new("1001", SubscriptionKind.Price, "EURUSD", null);

    [Fact]
    public void Add_Twice_CountsTwo()
    {
        var registry = new SubscriptionRegistry();

        registry.Add(EurUsd);

        Assert.Equal(2, registry.Add(EurUsd));
    }

    [Fact]
    public void Release_AfterTwoAdds_StillHeldWithCountOne()
    {
        var registry = new SubscriptionRegistry();
        registry.Add(EurUsd);
        registry.Add(EurUsd);

        Assert.Equal(1, registry.Release(EurUsd));
        Assert.Equal(1, registry.CountOf(EurUsd));
        Assert.Single(registry.For("1001"));
    }

    [Fact]
    public void Release_LastHolder_RemovesSubscription()
    {
        var registry = new SubscriptionRegistry();
        registry.Add(EurUsd);

        Assert.Equal(0, registry.Release(EurUsd));
        Assert.Empty(registry.For("1001"));
    }

    [Fact]
    public void Release_NothingHeld_RefusedAndCountStaysZero()
    {
        var registry = new SubscriptionRegistry();

        Assert.Null(registry.Release(EurUsd));
        Assert.Equal(0, registry.CountOf(EurUsd));
    }

    [Fact]
    public void Add_SameSymbolOtherKindOrTimeframe_CountedSeparately()
    {
        var registry = new SubscriptionRegistry();
        registry.Add(EurUsd);
        registry.Add(new SubscriptionKey("1001", SubscriptionKind.Candles, "EURUSD", Timeframe.M1));
        registry.Add(new SubscriptionKey("1001", SubscriptionKind.Candles, "EURUSD", Timeframe.H1));
        registry.Add(new SubscriptionKey("1002", SubscriptionKind.Price, "EURUSD", null));

        Assert.Equal(3, registry.For("1001").Count);
        Assert.All(registry.For("1001"), s => Assert.Equal(1, s.Value));
    }

    [Fact]
    public void Add_ConcurrentHolders_CountsEveryOne()
    {
        var registry = new SubscriptionRegistry();

        Parallel.For(0, 1_000, _ => registry.Add(EurUsd));

        Assert.Equal(1_000, registry.CountOf(EurUsd));
    }
}

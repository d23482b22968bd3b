using TradingDashboard.Core.Trading;
using TradingDashboard.Core.Trading.Risk;

namespace TradingDashboard.Tests.Unit.Trading;

public class TradingOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(new TradingOptionsValidator().Validate(null, new TradingOptions()).Succeeded);
    }

    [Fact]
    public void Validate_ValuesPollyRejects_FailWithTheirNames()
    {
        var options = new TradingOptions { BreakerMinimumThroughput = 1, BreakerOpenMs = 100, BreakerFailureRatio = 0, OrderTimeoutMs = 0 };
        options.AccountRisk[Guid.Empty] = new RiskLimits { MaxRiskPercentPerTrade = 0m, MaxVolume = -1m };

        var result = new TradingOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        foreach (var name in new[] { "BreakerMinimumThroughput", "BreakerOpenMs", "BreakerFailureRatio", "OrderTimeoutMs", "AccountRisk:00000000-0000-0000-0000-000000000000:MaxRiskPercentPerTrade", "AccountRisk:00000000-0000-0000-0000-000000000000:MaxVolume" })
        {
            Assert.Contains(result.Failures!, f => f.Contains($"Trading:{name} ", StringComparison.Ordinal));
        }
    }
}

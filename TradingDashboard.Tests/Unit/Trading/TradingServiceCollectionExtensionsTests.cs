using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Tests.Unit.Trading;

public class TradingServiceCollectionExtensionsTests
{
    private static readonly Guid Strict = Guid.Parse("5b0f6c1e-2a4d-4e8f-9b7a-0c1d2e3f4a5b");

    [Fact]
    public void AddTrading_AccountRiskOverride_AppliesOnlyTheRulesItNames()
    {
        using var services = Build(new Dictionary<string, string?>
        {
            ["Trading:Risk:MaxVolume"] = "5",
            [$"Trading:AccountRisk:{Strict}:MaxOpenPositions"] = "1",
            [$"Trading:AccountRisk:{Strict}:DailyLossLimit"] = "250.5",
        });

        var options = services.GetRequiredService<IOptions<TradingOptions>>().Value;

        var strict = options.RiskFor(Strict);
        Assert.Equal(1, strict.MaxOpenPositions);
        Assert.Equal(250.5m, strict.DailyLossLimit);
        Assert.Null(strict.MaxVolume);
        Assert.Null(strict.MaxRiskPercentPerTrade);
        var others = options.RiskFor(Guid.NewGuid());
        Assert.Equal(5m, others.MaxVolume);
        Assert.Equal(2m, others.MaxRiskPercentPerTrade);
    }

    [Fact]
    public void AddTrading_AccountRiskNotKeyedByAccountId_FailsOnStart()
    {
        using var services = Build(new Dictionary<string, string?> { ["Trading:AccountRisk:main:MaxVolume"] = "1" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TradingOptions>>().Value);

        Assert.Contains("Trading:AccountRisk:main must be keyed by an internal account id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTrading_InvalidBreakerSettings_FailValidation()
    {
        using var services = Build(new Dictionary<string, string?> { ["Trading:BreakerOpenMs"] = "10" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TradingOptions>>().Value);

        Assert.Contains("Trading:BreakerOpenMs must be between 500", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddTrading(configuration).BuildServiceProvider();
    }
}

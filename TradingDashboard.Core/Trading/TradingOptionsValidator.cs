using Microsoft.Extensions.Options;
using TradingDashboard.Core.Trading.Risk;

namespace TradingDashboard.Core.Trading;

/// <summary>Checks <see cref="TradingOptions"/> on start, within the bounds Polly accepts for timeouts and breakers.</summary>
internal sealed class TradingOptionsValidator : IValidateOptions<TradingOptions>
{
    private const int MaxMs = 86_400_000;

    public ValidateOptionsResult Validate(string? name, TradingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Range(failures, nameof(options.ReadTimeoutMs), options.ReadTimeoutMs, 10, MaxMs);
        Range(failures, nameof(options.ReadRetries), options.ReadRetries, 0, 10);
        Range(failures, nameof(options.OrderTimeoutMs), options.OrderTimeoutMs, 10, MaxMs);
        if (options.BreakerFailureRatio is not (> 0 and <= 1))
        {
            failures.Add($"{TradingOptions.SectionName}:{nameof(options.BreakerFailureRatio)} must be above 0 and at most 1, got {options.BreakerFailureRatio}.");
        }

        Range(failures, nameof(options.BreakerMinimumThroughput), options.BreakerMinimumThroughput, 2, 10_000);
        Range(failures, nameof(options.BreakerSamplingMs), options.BreakerSamplingMs, 500, MaxMs);
        Range(failures, nameof(options.BreakerOpenMs), options.BreakerOpenMs, 500, MaxMs);
        Range(failures, nameof(options.ReconcileIntervalMs), options.ReconcileIntervalMs, 100, MaxMs);
        Range(failures, nameof(options.UnknownGiveUpMs), options.UnknownGiveUpMs, 1, MaxMs);
        Range(failures, nameof(options.StalePriceSeconds), options.StalePriceSeconds, 1, 86_400);
        Risk(failures, nameof(options.Risk), options.Risk);
        foreach (var (accountId, limits) in options.AccountRisk)
        {
            Risk(failures, $"{nameof(options.AccountRisk)}:{accountId:D}", limits);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range(List<string> failures, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{TradingOptions.SectionName}:{name} must be between {min} and {max}, got {value}.");
        }
    }

    private static void Risk(List<string> failures, string path, RiskLimits? limits)
    {
        var prefix = $"{TradingOptions.SectionName}:{path}";
        if (limits is null)
        {
            failures.Add($"{prefix} is missing.");
            return;
        }

        if (limits.MaxRiskPercentPerTrade is { } risk and (<= 0m or > 100m))
        {
            failures.Add($"{prefix}:{nameof(limits.MaxRiskPercentPerTrade)} must be above 0 and at most 100, got {risk}.");
        }

        if (limits.MaxOpenPositions is < 1)
        {
            failures.Add($"{prefix}:{nameof(limits.MaxOpenPositions)} must be at least 1, got {limits.MaxOpenPositions}.");
        }

        if (limits.MaxVolume is <= 0m)
        {
            failures.Add($"{prefix}:{nameof(limits.MaxVolume)} must be positive, got {limits.MaxVolume}.");
        }

        if (limits.DailyLossLimit is <= 0m)
        {
            failures.Add($"{prefix}:{nameof(limits.DailyLossLimit)} must be positive, got {limits.DailyLossLimit}.");
        }
    }
}

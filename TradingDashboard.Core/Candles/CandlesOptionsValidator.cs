using Microsoft.Extensions.Options;

namespace TradingDashboard.Core.Candles;

internal sealed class CandlesOptionsValidator : IValidateOptions<CandlesOptions>
{
    public ValidateOptionsResult Validate(string? name, CandlesOptions options) =>
        options.HistoryBars <= options.MaxBars
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{CandlesOptions.SectionName}:HistoryBars ({options.HistoryBars}) cannot exceed {CandlesOptions.SectionName}:MaxBars ({options.MaxBars}).");
}

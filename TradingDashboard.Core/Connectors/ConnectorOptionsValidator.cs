using Microsoft.Extensions.Options;

namespace TradingDashboard.Core.Connectors;

internal sealed class ConnectorOptionsValidator : IValidateOptions<ConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
    {
        var failures = new List<string>();
        if (options.TradeTimeoutMs <= 0)
        {
            failures.Add($"{ConnectorOptions.SectionName}:TradeTimeoutMs must be positive.");
        }

        if (options.PaperBalance <= 0m)
        {
            failures.Add($"{ConnectorOptions.SectionName}:PaperBalance must be positive.");
        }

        if (options.PaperLeverage < 1)
        {
            failures.Add($"{ConnectorOptions.SectionName}:PaperLeverage must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

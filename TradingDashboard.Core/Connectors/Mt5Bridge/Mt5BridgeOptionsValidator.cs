using Microsoft.Extensions.Options;

namespace TradingDashboard.Core.Connectors.Mt5Bridge;

internal sealed class Mt5BridgeOptionsValidator : IValidateOptions<Mt5BridgeOptions>
{
    public ValidateOptionsResult Validate(string? name, Mt5BridgeOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.BaseUrl)
            && !(Uri.TryCreate(options.BaseUrl.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            failures.Add($"{Mt5BridgeOptions.SectionName}:BaseUrl must be an absolute http(s) URL.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add($"{Mt5BridgeOptions.SectionName}:Timeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

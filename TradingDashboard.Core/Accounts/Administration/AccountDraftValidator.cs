using System.ComponentModel.DataAnnotations;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Accounts.Administration;

/// <summary>Normalizes a draft (trimmed, empty optional text as null, currency upper-case) and checks it.</summary>
internal static class AccountDraftValidator
{
    /// <returns>The normalized copy and field errors keyed by <see cref="AccountDraft"/> property name.</returns>
    public static (AccountDraft Draft, Dictionary<string, string> Errors) Validate(AccountDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var normalized = new AccountDraft
        {
            Id = draft.Id,
            DisplayName = draft.DisplayName?.Trim() ?? string.Empty,
            Platform = draft.Platform,
            BrokerLogin = draft.BrokerLogin?.Trim() ?? string.Empty,
            Server = Optional(draft.Server),
            Broker = Optional(draft.Broker),
            FundType = draft.FundType,
            Currency = draft.Currency?.Trim().ToUpperInvariant() ?? string.Empty,
            IsActive = draft.IsActive,
        };

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(normalized, new ValidationContext(normalized), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(string.Empty))
            {
                errors.TryAdd(member, result.ErrorMessage ?? "Invalid value.");
            }
        }

        if (!Enum.IsDefined(normalized.Platform))
        {
            errors.TryAdd(nameof(AccountDraft.Platform), "Choose MT5 or cTrader.");
        }

        if (!Enum.IsDefined(normalized.FundType))
        {
            errors.TryAdd(nameof(AccountDraft.FundType), "Choose a fund type.");
        }

        if (normalized.Platform == Platform.Mt5 && normalized.BrokerLogin.Length > 0 && !normalized.BrokerLogin.All(char.IsAsciiDigit))
        {
            errors.TryAdd(nameof(AccountDraft.BrokerLogin), "An MT5 login is a number (digits only).");
        }

        return (normalized, errors);
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

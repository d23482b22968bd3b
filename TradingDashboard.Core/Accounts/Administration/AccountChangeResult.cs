namespace TradingDashboard.Core.Accounts.Administration;

/// <summary>
/// The outcome of an admin change: the account as saved, or field errors keyed by the
/// <see cref="AccountDraft"/> property name (empty key for errors about the whole form).
/// </summary>
public sealed record AccountChangeResult(AccountDetails? Account, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Account is not null && Errors.Count == 0;
}

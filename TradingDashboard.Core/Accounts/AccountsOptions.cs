namespace TradingDashboard.Core.Accounts;

/// <summary>Account registry settings (<c>Accounts</c>).</summary>
public sealed class AccountsOptions
{
    public const string SectionName = "Accounts";

    /// <summary>Accounts inserted on start when missing, so a fresh install has data. Existing rows are left alone.</summary>
    public IList<AccountSeed> Seed { get; } = [];
}

namespace TradingDashboard.Core.Accounts.Administration;

/// <summary>
/// What the bridge said about an account's login. <see cref="Error"/> is set (and the rest
/// empty) when the bridge could not be asked or does not know the login.
/// </summary>
/// <param name="Source"><c>live_data</c> from the terminal, or <c>stored_data</c> when the terminal is disconnected.</param>
public sealed record ConnectionTestResult(
    string? Error,
    string? Login,
    string? Server,
    string? Currency,
    bool? TradeAllowed,
    string? Name,
    string? Company,
    string? Source,
    DateTimeOffset TestedAt,
    TimeSpan Elapsed,
    IReadOnlyList<ConnectionMismatch> Mismatches)
{
    public bool Reached => Error is null;
}

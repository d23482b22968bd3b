namespace TradingDashboard.Core.Events.Validation;

/// <summary>The account identifiers an envelope carried, in resolution order.</summary>
/// <param name="InternalAccountId">From <c>internal_account_id</c>.</param>
/// <param name="LegacyAccountGuid">Legacy <c>account_id</c> when it is a UUID.</param>
/// <param name="BrokerLogins">Candidate logins: <c>broker_login</c>, <c>source_account_key</c>, numeric <c>account_id</c>.</param>
public sealed record AccountReference(Guid? InternalAccountId, Guid? LegacyAccountGuid, IReadOnlyList<string> BrokerLogins)
{
    public override string ToString() =>
        $"internal={InternalAccountId?.ToString() ?? "-"} account_id={LegacyAccountGuid?.ToString() ?? "-"} logins=[{string.Join(',', BrokerLogins)}]";
}

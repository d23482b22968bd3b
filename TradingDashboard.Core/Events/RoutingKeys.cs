namespace TradingDashboard.Core.Events;

/// <summary>Routing keys <c>account.{account_key}.{type}</c> on the <c>mt5.events</c> exchange.</summary>
public static class RoutingKeys
{
    /// <summary>Binding that matches every account event.</summary>
    public const string AllAccounts = "account.#";

    /// <param name="accountKey">Internal account UUID, or the broker login during the transition.</param>
    /// <param name="eventType">One of <see cref="EventTypes"/>.</param>
    public static string For(string accountKey, string eventType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventType);
        if (accountKey.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException("An account key cannot contain '.', it would split the routing key.", nameof(accountKey));
        }

        return $"account.{accountKey}.{eventType}";
    }

    public static string For(Guid accountId, string eventType) => For(accountId.ToString("D"), eventType);
}

namespace TradingDashboard.Core.Connectors;

/// <summary>Configuration section <c>Connectors</c>.</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Connectors";

    /// <summary>Internal account ids traded on paper (in process, on the account's live prices) instead of at the broker.</summary>
    public IList<Guid> PaperAccounts { get; } = [];

    /// <summary>Starting balance of a paper account, in its currency.</summary>
    public decimal PaperBalance { get; set; } = 10_000m;

    /// <summary>Leverage of a paper account.</summary>
    public int PaperLeverage { get; set; } = 100;

    /// <summary>Bridge trade request timeout: after it an order's outcome is unknown.</summary>
    public int TradeTimeoutMs { get; set; } = 10_000;
}

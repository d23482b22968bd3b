namespace TradingDashboard.Components.Shared.Trading;

/// <summary>What became of a ticket's order, as the ticket shows it.</summary>
public enum TicketResultKind
{
    /// <summary>A market order executed.</summary>
    Filled,

    /// <summary>A pending order is waiting at the broker.</summary>
    Placed,

    /// <summary>No answer came back: reconciliation is checking the broker; never resent.</summary>
    Verifying,

    /// <summary>The broker said no.</summary>
    Rejected,

    /// <summary>Validation, risk rules or an open breaker stopped it before anything was sent.</summary>
    Refused,

    /// <summary>Reconciliation proved the broker never executed it.</summary>
    NotExecuted,

    /// <summary>The dashboard failed while sending; the order may or may not have reached the broker.</summary>
    Failed,
}

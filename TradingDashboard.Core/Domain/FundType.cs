namespace TradingDashboard.Core.Domain;

/// <summary>Whose money an account trades, which decides how strictly risk limits are read.</summary>
public enum FundType
{
    Personal,
    PropChallenge,
    PropFunded,
    Managed,
    Demo,
}

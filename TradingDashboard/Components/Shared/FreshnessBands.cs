using Radzen;

namespace TradingDashboard.Components.Shared;

/// <summary>Classifies a snapshot's age into a <see cref="Freshness"/> band and styles it.</summary>
public static class FreshnessBands
{
    public static Freshness Classify(TimeSpan age) => age.TotalMinutes switch
    {
        < 5 => Freshness.Fresh,
        < 10 => Freshness.Acceptable,
        < 15 => Freshness.Degraded,
        _ => Freshness.Critical,
    };

    public static BadgeStyle ToBadgeStyle(this Freshness freshness) => freshness switch
    {
        Freshness.Fresh => BadgeStyle.Success,
        Freshness.Acceptable => BadgeStyle.Info,
        Freshness.Degraded => BadgeStyle.Warning,
        _ => BadgeStyle.Danger,
    };
}

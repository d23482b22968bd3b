using TradingDashboard.Core.Domain;

namespace TradingDashboard.Components.Pages.Admin.Accounts;

/// <summary>Fund types as admins read them.</summary>
public static class FundTypeText
{
    public static IReadOnlyList<FundType> All { get; } = Enum.GetValues<FundType>();

    public static string Format(FundType fundType) => fundType switch
    {
        FundType.Personal => "Personal",
        FundType.PropChallenge => "Prop challenge",
        FundType.PropFunded => "Prop funded",
        FundType.Managed => "Managed",
        FundType.Demo => "Demo",
        _ => fundType.ToString(),
    };
}

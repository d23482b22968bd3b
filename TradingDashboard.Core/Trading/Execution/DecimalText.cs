using System.Globalization;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Trading.Execution;

/// <summary>Numbers as traders read them in refusals and toasts: invariant, no trailing zeros, prices with the symbol's digits.</summary>
internal static class DecimalText
{
    public static string Lots(decimal volume) => volume.ToString("0.##########", CultureInfo.InvariantCulture);

    public static string Price(decimal price, SymbolInfo symbol) => price.ToString("F" + symbol.Digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Price(decimal price) => price.ToString("0.########", CultureInfo.InvariantCulture);

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Percent(decimal percent) => percent.ToString("0.##", CultureInfo.InvariantCulture);
}

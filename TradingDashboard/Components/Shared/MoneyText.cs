using System.Globalization;

namespace TradingDashboard.Components.Shared;

/// <summary>Money as "12,345.67 USD": two decimals, thousands separators, the account's currency code.</summary>
public static class MoneyText
{
    public static string Format(decimal amount, string currency) =>
        string.Create(CultureInfo.InvariantCulture, $"{amount:N2} {currency}");

    /// <summary>A profit with its sign: "+1,234.50 USD", "-12.00 USD".</summary>
    public static string FormatSigned(decimal amount, string currency) =>
        amount > 0 ? "+" + Format(amount, currency) : Format(amount, currency);

    /// <summary><c>pos</c>, <c>neg</c> or <c>flat</c>, for green/red colouring.</summary>
    public static string SignClass(decimal amount) => amount switch
    {
        > 0 => "pos",
        < 0 => "neg",
        _ => "flat",
    };
}

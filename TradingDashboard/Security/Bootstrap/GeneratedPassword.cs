using System.Security.Cryptography;

namespace TradingDashboard.Security.Bootstrap;

/// <summary>Random passwords that satisfy the password policy (upper, lower, digit, symbol; no look-alike characters).</summary>
public static class GeneratedPassword
{
    public const int Length = 20;

    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "-_.!#%+=";
    private const string All = Upper + Lower + Digits + Symbols;

    public static string Create()
    {
        var chars = RandomNumberGenerator.GetItems<char>(All, Length);
        chars[0] = RandomNumberGenerator.GetItems<char>(Upper, 1)[0];
        chars[1] = RandomNumberGenerator.GetItems<char>(Lower, 1)[0];
        chars[2] = RandomNumberGenerator.GetItems<char>(Digits, 1)[0];
        chars[3] = RandomNumberGenerator.GetItems<char>(Symbols, 1)[0];
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}

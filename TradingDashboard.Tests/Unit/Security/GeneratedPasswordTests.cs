using TradingDashboard.Security.Bootstrap;

namespace TradingDashboard.Tests.Unit.Security;

public sealed class GeneratedPasswordTests
{
    [Fact]
    public void Create_MeetsThePolicyAndNeverRepeats()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => GeneratedPassword.Create()).ToList();

        Assert.All(passwords, p =>
        {
            Assert.Equal(GeneratedPassword.Length, p.Length);
            Assert.Contains(p, char.IsUpper);
            Assert.Contains(p, char.IsLower);
            Assert.Contains(p, char.IsDigit);
            Assert.Contains(p, c => !char.IsLetterOrDigit(c));
            Assert.DoesNotContain(p, char.IsWhiteSpace);
        });
        Assert.Equal(passwords.Count, passwords.Distinct().Count());
    }
}

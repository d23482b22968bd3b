using System.Security.Cryptography;
using TradingDashboard.Security;
using TradingDashboard.Security.DataProtection;

namespace TradingDashboard.Tests.Unit.Security;

public sealed class MasterKeyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("td-master-key-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_NoKeyConfigured_CreatesAnOwnerOnlyKeyFileOnceAndReusesIt()
    {
        var options = new SecurityOptions { MasterKeyFile = "keys.key" };

        var first = MasterKey.Load(options, _folder);
        var second = MasterKey.Load(options, _folder);

        var path = Path.Combine(_folder, "keys.key");
        Assert.Equal(MasterKey.Size, Convert.FromBase64String(File.ReadAllText(path)).Length);
        Assert.True(first.Bytes.SequenceEqual(second.Bytes));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void Load_ConfiguredKey_WinsOverTheFile()
    {
        var bytes = RandomNumberGenerator.GetBytes(MasterKey.Size);

        var key = MasterKey.Load(new SecurityOptions { MasterKey = Convert.ToBase64String(bytes), MasterKeyFile = "unused.key" }, _folder);

        Assert.True(key.Bytes.SequenceEqual(bytes));
        Assert.False(File.Exists(Path.Combine(_folder, "unused.key")));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void Load_InvalidConfiguredKey_ExplainsWithoutEchoingIt(string configured)
    {
        var error = Assert.Throws<InvalidOperationException>(() => MasterKey.Load(new SecurityOptions { MasterKey = configured }, _folder));

        Assert.Contains("Security:MasterKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(configured, error.Message, StringComparison.Ordinal);
    }
}

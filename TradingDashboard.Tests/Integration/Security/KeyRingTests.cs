using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TradingDashboard.Core.Accounts.Credentials;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Security;

/// <summary>The Data Protection key ring lives in the database, encrypted under the master key, and survives restarts.</summary>
public sealed class KeyRingTests
{
    private const string Secret = "broker-password-Zq81!";

    private static readonly Dictionary<string, string?> Quiet = new() { ["Simulator:Enabled"] = "false" };

    [Fact]
    public async Task KeyRing_StoredInTheDatabase_HoldsOnlyEncryptedKeyMaterial()
    {
        await using var server = DashboardServer.Start(Quiet);
        server.Services.GetRequiredService<ICredentialProtector>().Protect(Secret);

        var rows = ReadKeyXml(server.DatabasePath);

        Assert.NotEmpty(rows);
        Assert.All(rows, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.Contains("<aesGcmSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            Assert.All(XElement.Parse(xml).Descendants().Where(e => e.Name.LocalName == "value"), value => Assert.Equal("aesGcmSecret", value.Parent!.Name.LocalName));
        });
        Assert.True(File.Exists(server.MasterKeyPath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(server.MasterKeyPath));
        }
    }

    [Fact]
    public async Task Unprotect_AfterRestartOnTheSameDatabaseAndKeyFile_ReturnsTheSecret()
    {
        var first = DashboardServer.Start(Quiet);
        var ciphertext = first.Services.GetRequiredService<ICredentialProtector>().Protect(Secret);

        await using var second = await first.RestartAsync();
        await first.DisposeAsync();

        Assert.DoesNotContain(Secret, ciphertext, StringComparison.Ordinal);
        Assert.Equal(Secret, second.Services.GetRequiredService<ICredentialProtector>().Unprotect(ciphertext));
    }

    [Fact]
    public async Task Unprotect_DifferentMasterKey_ThrowsCryptographicExceptionWithoutSecrets()
    {
        var keyA = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var keyB = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var first = DashboardServer.Start(new Dictionary<string, string?>(Quiet) { ["Security:MasterKey"] = keyA });
        var ciphertext = first.Services.GetRequiredService<ICredentialProtector>().Protect(Secret);

        await using var second = await first.RestartAsync(new Dictionary<string, string?> { ["Security:MasterKey"] = keyB });
        await first.DisposeAsync();
        var error = Assert.ThrowsAny<CryptographicException>(() => second.Services.GetRequiredService<ICredentialProtector>().Unprotect(ciphertext));

        var text = error.ToString();
        Assert.DoesNotContain(keyA, text, StringComparison.Ordinal);
        Assert.DoesNotContain(keyB, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
    }

    private static List<string> ReadKeyXml(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT xml FROM data_protection_keys";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}

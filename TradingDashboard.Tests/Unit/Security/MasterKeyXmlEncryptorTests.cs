using System.Security.Cryptography;
using System.Xml.Linq;
using TradingDashboard.Security.DataProtection;

namespace TradingDashboard.Tests.Unit.Security;

public sealed class MasterKeyXmlEncryptorTests
{
    private static readonly XElement Secret = XElement.Parse("<masterKey><value>c2VjcmV0LWtleS1tYXRlcmlhbA==</value></masterKey>");

    [Fact]
    public void Encrypt_ThenDecryptWithTheSameKey_RoundTripsWithoutPlaintext()
    {
        var key = NewKey();

        var encrypted = new MasterKeyXmlEncryptor(key).Encrypt(Secret);
        var decrypted = new MasterKeyXmlDecryptor(key).Decrypt(encrypted.EncryptedElement);

        Assert.Equal(typeof(MasterKeyXmlDecryptor), encrypted.DecryptorType);
        Assert.DoesNotContain("c2VjcmV0", encrypted.EncryptedElement.ToString(), StringComparison.Ordinal);
        Assert.Equal(Secret.ToString(), decrypted.ToString());
    }

    [Fact]
    public void Encrypt_SameInputTwice_DifferentCiphertexts()
    {
        var encryptor = new MasterKeyXmlEncryptor(NewKey());

        Assert.NotEqual(encryptor.Encrypt(Secret).EncryptedElement.ToString(), encryptor.Encrypt(Secret).EncryptedElement.ToString());
    }

    [Fact]
    public void Decrypt_OtherKey_ThrowsCryptographicExceptionNamingTheCause()
    {
        var encrypted = new MasterKeyXmlEncryptor(NewKey()).Encrypt(Secret);

        var error = Assert.Throws<CryptographicException>(() => new MasterKeyXmlDecryptor(NewKey()).Decrypt(encrypted.EncryptedElement));

        Assert.Contains("different master key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decrypt_TamperedCiphertext_Throws()
    {
        var key = NewKey();
        var element = new MasterKeyXmlEncryptor(key).Encrypt(Secret).EncryptedElement;
        var value = Convert.FromBase64String(element.Element("value")!.Value);
        value[0] ^= 1;
        element.Element("value")!.Value = Convert.ToBase64String(value);

        Assert.ThrowsAny<CryptographicException>(() => new MasterKeyXmlDecryptor(key).Decrypt(element));
    }

    private static MasterKey NewKey() => new(RandomNumberGenerator.GetBytes(MasterKey.Size));
}

using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace TradingDashboard.Security.DataProtection;

/// <summary>
/// Reverses <see cref="MasterKeyXmlEncryptor"/>. Data Protection activates it by type name from the
/// stored key XML, through the <see cref="IServiceProvider"/> constructor.
/// </summary>
public sealed class MasterKeyXmlDecryptor : IXmlDecryptor
{
    private readonly MasterKey _key;

    public MasterKeyXmlDecryptor(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _key = (MasterKey?)services.GetService(typeof(MasterKey))
            ?? throw new InvalidOperationException("The master key is not registered; call AddDashboardSecurity.");
    }

    internal MasterKeyXmlDecryptor(MasterKey key) => _key = key;

    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var nonce = ReadBase64(encryptedElement, "nonce");
        var tag = ReadBase64(encryptedElement, "tag");
        var ciphertext = ReadBase64(encryptedElement, "value");
        var plaintext = new byte[ciphertext.Length];
        try
        {
            using var aes = new AesGcm(_key.Bytes, MasterKeyXmlEncryptor.TagSize);
            aes.Decrypt(nonce, ciphertext, tag, plaintext, MasterKeyXmlEncryptor.AssociatedData);
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw new CryptographicException(
                "A Data Protection key could not be decrypted: it was encrypted under a different master key (Security:MasterKey or Security:MasterKeyFile).", ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private static byte[] ReadBase64(XElement element, string name)
    {
        var value = element.Element(name)?.Value ?? throw new CryptographicException($"The encrypted key element has no <{name}>.");
        try
        {
            return Convert.FromBase64String(value);
        }
        catch (FormatException ex)
        {
            throw new CryptographicException($"The encrypted key element's <{name}> is not base64.", ex);
        }
    }
}

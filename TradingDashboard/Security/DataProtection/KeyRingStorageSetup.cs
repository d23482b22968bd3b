using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace TradingDashboard.Security.DataProtection;

/// <summary>Points Data Protection at the database key ring, encrypted under the master key.</summary>
internal sealed class KeyRingStorageSetup(DatabaseXmlRepository repository, MasterKey key) : IConfigureOptions<KeyManagementOptions>
{
    public void Configure(KeyManagementOptions options)
    {
        options.XmlRepository = repository;
        options.XmlEncryptor = new MasterKeyXmlEncryptor(key);
    }
}

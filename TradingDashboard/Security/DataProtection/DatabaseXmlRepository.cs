using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using TradingDashboard.Security.Persistence;

namespace TradingDashboard.Security.DataProtection;

/// <summary>The Data Protection key ring in <c>data_protection_keys</c>, so every instance on the database shares it and it survives restarts.</summary>
internal sealed class DatabaseXmlRepository(IDbContextFactory<SecurityDbContext> contexts) : IXmlRepository
{
    // Data Protection's interface is synchronous; it caches the ring and reads it rarely.
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contexts.CreateDbContext();
        return [.. db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var db = contexts.CreateDbContext();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}

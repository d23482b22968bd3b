using System.Diagnostics.CodeAnalysis;

namespace TradingDashboard.Tests.Infrastructure;

/// <summary>Browser tests share one Chromium: <c>[Collection(BrowserCollection.Name)]</c>.</summary>
[SuppressMessage("Naming", "CA1711", Justification = "xunit collection definitions are named after the collection.")]
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<PlaywrightFixture>
{
    public const string Name = "browser";
}

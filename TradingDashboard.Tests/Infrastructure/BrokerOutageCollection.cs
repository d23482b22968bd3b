using System.Diagnostics.CodeAnalysis;

namespace TradingDashboard.Tests.Infrastructure;

/// <summary>
/// Tests that stop or restart the shared broker. They run after, never alongside, the
/// parallel tests, whose connections an outage would otherwise break.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "xunit collection definitions are named after the collection.")]
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrokerOutageCollection
{
    public const string Name = "broker-outage";
}

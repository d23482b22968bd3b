using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace TradingDashboard.Core.Messaging.InProcess;

/// <summary>The in-process queue between publishers and the consumer: bounded, publishers wait when full (nothing is dropped).</summary>
internal sealed class InProcessEventBus(IOptions<MessagingOptions> options)
{
    private readonly Channel<InProcessMessage> _channel = Channel.CreateBounded<InProcessMessage>(new BoundedChannelOptions(options.Value.InProcessCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    public ChannelWriter<InProcessMessage> Writer => _channel.Writer;

    public ChannelReader<InProcessMessage> Reader => _channel.Reader;
}

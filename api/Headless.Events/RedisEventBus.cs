using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Headless.Events;

/// <summary>
/// The multi-node bus: events are published to Redis and every node (the publisher included) hands
/// them to its local subscribers, so a tweet ingested on one node reaches dashboards on all of them.
/// </summary>
public sealed partial class RedisEventBus(
    IConnectionMultiplexer redis,
    InProcessEventBus local,
    EventBusOptions options,
    ILogger<RedisEventBus> logger) : IEventBus, IHostedService
{
    private ChannelMessageQueue? _queue;

    public async Task PublishAsync<T>(string topic, T payload, CancellationToken cancellationToken = default)
        where T : class
    {
        var channel = RedisChannel.Literal(options.ChannelPrefix + topic);
        await redis.GetSubscriber().PublishAsync(channel, EventJson.Write(payload));
    }

    public IObservable<T> Subscribe<T>(string topic)
        where T : class => local.Subscribe<T>(topic);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _queue = await redis.GetSubscriber().SubscribeAsync(RedisChannel.Pattern(options.ChannelPrefix + "*"));
        _queue.OnMessage(message =>
        {
            var channel = message.Channel.ToString();
            var topic = channel[options.ChannelPrefix.Length..];
            if (message.Message.HasValue)
            {
                local.Deliver(topic, new RemoteEvent(message.Message.ToString()));
            }
        });
        LogSubscribed(logger, options.ChannelPrefix);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_queue is not null)
        {
            await _queue.UnsubscribeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Event bus subscribed to Redis channels {Prefix}*.")]
    private static partial void LogSubscribed(ILogger logger, string prefix);
}

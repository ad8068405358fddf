using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Headless.Twitter.Payloads;
using Headless.Twitter.Sources;

namespace Headless.Realtime.Tests.Support;

/// <summary>A tweet source the test feeds by hand, so a tweet arrives exactly when the subscribers are ready.</summary>
public sealed class ChannelTweetSource : ITweetSource
{
    private readonly Channel<XStreamMessage> _messages = Channel.CreateUnbounded<XStreamMessage>();

    public ValueTask EmitAsync(params XStreamMessage[] messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            if (!_messages.Writer.TryWrite(message))
            {
                throw new InvalidOperationException("The source no longer accepts tweets.");
            }
        }

        return ValueTask.CompletedTask;
    }

    public async IAsyncEnumerable<XStreamMessage> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var message in _messages.Reader.ReadAllAsync(cancellationToken))
        {
            yield return message;
        }
    }
}

using System.Threading.Channels;

namespace Headless.GraphQL.Server.Realtime;

/// <summary>
/// The messages waiting for one real-time client, written by a single loop. Producers never wait:
/// when the client falls <c>capacity</c> messages behind, <c>onOverflow</c> runs instead, so one
/// slow reader cannot hold up an event shared with thousands of others.
/// </summary>
internal sealed class OutboundQueue
{
    private readonly Channel<byte[]> _channel;
    private readonly Action _onOverflow;
    private volatile bool _completed;

    public OutboundQueue(int capacity, Action onOverflow)
    {
        _channel = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _onOverflow = onOverflow;
    }

    public void Enqueue(byte[] message)
    {
        // Writing to a completed queue also fails; that is a connection already closing, not an overflow.
        if (!_channel.Writer.TryWrite(message) && !IsCompleted)
        {
            _onOverflow();
        }
    }

    public bool IsCompleted => _completed;

    /// <summary>No more messages are accepted; the writer loop ends once the queued ones are written.</summary>
    public void Complete()
    {
        _completed = true;
        _channel.Writer.TryComplete();
    }

    /// <summary>Writes messages in order until <see cref="Complete"/> or <paramref name="ct"/> (which drops the rest).</summary>
    public async Task RunWriterAsync(Func<byte[], CancellationToken, ValueTask> write, CancellationToken ct)
    {
        await foreach (var message in _channel.Reader.ReadAllAsync(ct))
        {
            await write(message, ct);
        }
    }
}

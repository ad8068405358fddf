using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Headless.Twitter.Payloads;
using Headless.Twitter.Sources;

namespace Headless.Bench.Hosting;

/// <summary>
/// The tweet source the ingestion pipeline reads in place of the X stream: it yields exactly the
/// messages the benchmark emits, the moment they are emitted.
/// </summary>
public sealed class BenchTweetSource : ITweetSource
{
    private readonly Channel<XStreamMessage> _emitted = Channel.CreateUnbounded<XStreamMessage>(new UnboundedChannelOptions { SingleReader = true });

    public void Emit(XStreamMessage message)
    {
        if (!_emitted.Writer.TryWrite(message))
        {
            throw new InvalidOperationException("The benchmark tweet source is closed.");
        }
    }

    public async IAsyncEnumerable<XStreamMessage> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var message in _emitted.Reader.ReadAllAsync(cancellationToken))
        {
            yield return message;
        }
    }
}

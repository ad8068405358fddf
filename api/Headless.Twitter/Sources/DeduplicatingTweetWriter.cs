using System.Threading.Channels;
using Headless.Twitter.Payloads;

namespace Headless.Twitter.Sources;

/// <summary>
/// Writes each tweet id once (within a window of recent ids) and remembers the newest id written, so
/// a backfill after a reconnect can overlap the live stream without duplicating tweets.
/// </summary>
internal sealed class DeduplicatingTweetWriter(ChannelWriter<XStreamMessage> inner, int windowSize) : ChannelWriter<XStreamMessage>
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();
    private string? _newestId;

    public string? NewestId
    {
        get
        {
            lock (_lock)
            {
                return _newestId;
            }
        }
    }

    public override bool TryWrite(XStreamMessage item)
    {
        if (IsDuplicate(item))
        {
            return true;
        }

        if (!inner.TryWrite(item))
        {
            return false;
        }

        Remember(item);
        return true;
    }

    public override async ValueTask WriteAsync(XStreamMessage item, CancellationToken cancellationToken = default)
    {
        if (IsDuplicate(item))
        {
            return;
        }

        await inner.WriteAsync(item, cancellationToken);
        Remember(item);
    }

    public override ValueTask<bool> WaitToWriteAsync(CancellationToken cancellationToken = default) =>
        inner.WaitToWriteAsync(cancellationToken);

    public override bool TryComplete(Exception? error = null) => inner.TryComplete(error);

    private bool IsDuplicate(XStreamMessage item)
    {
        var id = item.Data?.Id;
        lock (_lock)
        {
            return id is not null && _seen.Contains(id);
        }
    }

    // Recorded only once written: a write that failed or was cancelled must not hide the tweet from a retry.
    private void Remember(XStreamMessage item)
    {
        if (item.Data?.Id is not { } id)
        {
            return;
        }

        lock (_lock)
        {
            if (!_seen.Add(id))
            {
                return;
            }

            _order.Enqueue(id);
            if (_order.Count > windowSize)
            {
                _seen.Remove(_order.Dequeue());
            }

            if (TweetIdComparer.Instance.Compare(id, _newestId) > 0)
            {
                _newestId = id;
            }
        }
    }
}

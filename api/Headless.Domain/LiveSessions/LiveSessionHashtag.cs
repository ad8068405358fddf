using Headless.Domain.Common;

namespace Headless.Domain.LiveSessions;

public sealed class LiveSessionHashtag
{
    private LiveSessionHashtag()
    {
        Text = Key = string.Empty;
    }

    public Guid LiveSessionId { get; private set; }

    public string Text { get; private set; }

    public string Key { get; private set; }

    internal static LiveSessionHashtag From(Guid sessionId, Hashtag tag) =>
        new() { LiveSessionId = sessionId, Text = tag.Text, Key = tag.Key };
}

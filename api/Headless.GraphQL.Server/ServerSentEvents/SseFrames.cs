namespace Headless.GraphQL.Server.ServerSentEvents;

/// <summary>The events of GraphQL over SSE ("distinct connections mode").</summary>
internal static class SseFrames
{
    public static readonly byte[] Complete = "event: complete\ndata:\n\n"u8.ToArray();

    // A comment line: ignored by clients, but it keeps proxies from closing an idle stream.
    public static readonly byte[] KeepAlive = ":\n\n"u8.ToArray();

    private static readonly byte[] NextPrefix = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();

    /// <summary>Serialised JSON has no raw line breaks, so it fits in one <c>data:</c> line as is.</summary>
    public static byte[] Next(ReadOnlySpan<byte> result)
    {
        var frame = new byte[NextPrefix.Length + result.Length + EventEnd.Length];
        NextPrefix.CopyTo(frame, 0);
        result.CopyTo(frame.AsSpan(NextPrefix.Length));
        EventEnd.CopyTo(frame, NextPrefix.Length + result.Length);
        return frame;
    }
}

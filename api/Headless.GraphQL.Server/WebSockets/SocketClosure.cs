using System.Net.WebSockets;
using System.Text;

namespace Headless.GraphQL.Server.WebSockets;

internal static class SocketClosure
{
    /// <summary>Errors that only mean the client is gone or the socket is closing, not a server fault.</summary>
    public static bool IsDisconnect(Exception error) =>
        error is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException;

    /// <summary>A close reason may take at most 123 bytes of UTF-8 (RFC 6455).</summary>
    public static string? FitReason(string? reason)
    {
        if (reason is null || Encoding.UTF8.GetByteCount(reason) <= 123)
        {
            return reason;
        }

        var cut = reason[..Math.Min(reason.Length, 120)];
        while (Encoding.UTF8.GetByteCount(cut) > 120)
        {
            cut = cut[..^1];
        }

        return cut + "...";
    }
}

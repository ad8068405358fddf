using System.Net.Sockets;
using System.Text;

namespace Headless.Testing;

/// <summary>A raw RESP PING, enough to know the server accepts commands without a client library.</summary>
internal static class RedisPing
{
    private static readonly byte[] Command = Encoding.ASCII.GetBytes("*1\r\n$4\r\nPING\r\n");

    public static async Task<bool> AnswersAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync(Command, cancellationToken);

            var buffer = new byte[64];
            var read = await stream.ReadAsync(buffer, cancellationToken);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}

using System.Net.Sockets;
using System.Text;

namespace Headless.Testing.Tests.Redis;

/// <summary>Just enough of the RESP protocol to talk to the server without a client library.</summary>
internal sealed class RespConnection : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly StreamReader _reader;

    private RespConnection(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
        _reader = new StreamReader(_stream, Encoding.UTF8, leaveOpen: true);
    }

    public static async Task<RespConnection> OpenAsync(string connectionString)
    {
        var separator = connectionString.LastIndexOf(':');
        var client = new TcpClient();
        await client.ConnectAsync(connectionString[..separator], int.Parse(connectionString[(separator + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        return new RespConnection(client);
    }

    /// <summary>Sends a command and returns its reply line(s): "+OK", "$5" followed by the bulk value, …</summary>
    public async Task<string> SendAsync(params string[] arguments)
    {
        var request = new StringBuilder().Append('*').Append(arguments.Length).Append("\r\n");
        foreach (var argument in arguments)
        {
            request.Append('$').Append(Encoding.UTF8.GetByteCount(argument)).Append("\r\n").Append(argument).Append("\r\n");
        }

        await _stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()));
        var header = await _reader.ReadLineAsync() ?? throw new IOException("The server closed the connection.");
        if (!header.StartsWith('$') || header == "$-1")
        {
            return header;
        }

        return await _reader.ReadLineAsync() ?? throw new IOException("The server closed the connection.");
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        await _stream.DisposeAsync();
        _client.Dispose();
    }
}

namespace Headless.Twitter.Client;

/// <summary>An open filtered-stream response, read one line at a time.</summary>
public sealed class XStreamConnection : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    internal XStreamConnection(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body);
    }

    /// <summary>The next line (empty for a keep-alive), or null when the server ended the response.</summary>
    public ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => _reader.ReadLineAsync(cancellationToken);

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}

namespace Headless.Twitter.Client;

public sealed partial class XApiClient
{
    internal const string StreamPath = "2/tweets/search/stream";

    /// <summary>
    /// Opens the filtered stream. Throws <see cref="XApiException"/> when X refuses the connection and
    /// <see cref="HttpRequestException"/> when the network does; reading is left to the caller.
    /// </summary>
    public async Task<XStreamConnection> ConnectStreamAsync(CancellationToken cancellationToken)
    {
        var http = _httpClientFactory.CreateClient(StreamClientName);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{StreamPath}?{XQueryFields.TweetQuery}");
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        try
        {
            await ThrowIfFailedAsync(response, cancellationToken);
            var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            return new XStreamConnection(response, body);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}

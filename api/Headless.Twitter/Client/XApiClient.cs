using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Headless.Twitter.Payloads;
using Microsoft.Extensions.Logging;

namespace Headless.Twitter.Client;

/// <summary>
/// App-only client of the X API v2 endpoints a tweet ingester needs: filtered stream, its rules,
/// recent search and user lookup. Short calls go through a retrying HTTP client; the stream goes
/// through a plain one because its reconnection follows X's own rules (see FilteredStreamReader).
/// </summary>
public sealed partial class XApiClient
{
    public const string RestClientName = "Headless.Twitter.Rest";
    public const string StreamClientName = "Headless.Twitter.Stream";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ILogger<XApiClient> _logger;

    public XApiClient(IHttpClientFactory httpClientFactory, ILogger<XApiClient> logger)
    {
        _httpClientFactory = httpClientFactory;
        _logger = logger;
    }

    private async Task<T> GetJsonAsync<T>(string relativeUrl, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, relativeUrl);
        return await SendJsonAsync<T>(request, cancellationToken);
    }

    private async Task<T> SendJsonAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var http = _httpClientFactory.CreateClient(RestClientName);
        using var response = await http.SendAsync(request, cancellationToken);
        await ThrowIfFailedAsync(response, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<T>(XJson.Options, cancellationToken);
        return body ?? throw new XApiException($"X API answered {request.RequestUri} with an empty body.");
    }

    internal static async Task ThrowIfFailedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var errors = await ReadErrorsAsync(response, cancellationToken);
        throw new XApiException(response.StatusCode, ReadRateLimitReset(response), errors);
    }

    internal static DateTimeOffset? ReadRateLimitReset(HttpResponseMessage response) =>
        response.Headers.TryGetValues("x-rate-limit-reset", out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var epochSeconds)
            ? DateTimeOffset.FromUnixTimeSeconds(epochSeconds)
            : null;

    internal static IReadOnlyList<XError> ToErrors(IReadOnlyList<XProblem>? problems) =>
        problems?.Select(p => new XError(p.Title, p.Detail, p.Type)).ToList() ?? [];

    private static async Task<IReadOnlyList<XError>> ReadErrorsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(text))
            {
                return [];
            }

            var body = JsonSerializer.Deserialize<XErrorBody>(text, XJson.Options);
            if (body?.Errors is { Count: > 0 })
            {
                return ToErrors(body.Errors);
            }

            return body?.Title is null && body?.Detail is null ? [] : [new XError(body.Title, body.Detail, body.Type)];
        }
        catch (JsonException)
        {
            // An error page that is not JSON (a proxy's HTML, say) still fails with the status code.
            return [];
        }
    }

    private static string JoinEscaped(IEnumerable<string> values) =>
        string.Join(",", values.Select(Uri.EscapeDataString));
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Headless.GraphQL.Server.Tests.Infrastructure;

namespace Headless.Realtime.Tests.Support;

/// <summary>A subscription over GraphQL over SSE: one POST accepting <c>text/event-stream</c>, results as <c>next</c> events.</summary>
public sealed class SseSubscription : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly SseEventReader _reader;

    private SseSubscription(HttpResponseMessage response, SseEventReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public HttpResponseMessage Response => _response;

    public static async Task<SseSubscription> OpenAsync(HttpClient client, string query, object? variables = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token);
        return new SseSubscription(response, new SseEventReader(await response.Content.ReadAsStreamAsync(limit.Token)));
    }

    /// <summary>The <c>data</c> of the next <c>next</c> event; fails on errors, <c>complete</c> or the end of the stream.</summary>
    public async Task<JsonObject> NextDataAsync()
    {
        var received = await _reader.ReadEventAsync();
        Assert.True(received is { Event: "next" }, $"Expected a next event, got {received}");
        var payload = JsonNode.Parse(received.Value.Data)!;
        Assert.True(payload["errors"] is null, $"Unexpected errors: {payload.ToJsonString()}");
        return payload["data"]!.AsObject();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}

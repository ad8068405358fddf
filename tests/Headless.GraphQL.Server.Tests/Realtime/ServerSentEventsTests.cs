using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Headless.GraphQL.Server.Tests.Infrastructure;

namespace Headless.GraphQL.Server.Tests.Realtime;

public sealed class ServerSentEventsTests
{
    private const string EventsQuery = "subscription ($channel: String!) { events(channel: $channel) { text } }";

    [Fact]
    public async Task A_posted_subscription_streams_next_events_then_complete()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        using var response = await PostAsync(server, new { query = EventsQuery, variables = new { channel = "sse" } });
        using var events = new SseEventReader(await response.Content.ReadAsStreamAsync());
        await Eventually.TrueAsync(() => server.Events.ObserversOf("sse") == 1, "the subscription to listen");

        server.Events.Publish("sse", "tweet 1");
        server.Events.Publish("sse", "tweet 2");
        server.Events.Complete("sse");
        var first = await events.ReadEventAsync();
        var second = await events.ReadEventAsync();
        var complete = await events.ReadEventAsync();
        var end = await events.ReadEventAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("next", first!.Value.Event);
        Assert.Equal("tweet 1", TextOf(first.Value.Data));
        Assert.Equal("tweet 2", TextOf(second!.Value.Data));
        Assert.Equal("complete", complete!.Value.Event);
        Assert.Null(end);
    }

    [Fact]
    public async Task A_subscription_can_be_opened_with_GET_query_parameters()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        var url = "/graphql" + HttpClientGraphQLExtensions.Query(EventsQuery, """{"channel":"get"}""");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var events = new SseEventReader(await response.Content.ReadAsStreamAsync());
        await Eventually.TrueAsync(() => server.Events.ObserversOf("get") == 1, "the subscription to listen");

        server.Events.Publish("get", "via EventSource");
        var next = await events.ReadEventAsync();

        Assert.Equal("next", next!.Value.Event);
        Assert.Equal("via EventSource", TextOf(next.Value.Data));
    }

    [Fact]
    public async Task A_mutation_over_GET_is_refused_in_a_next_event()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql" + HttpClientGraphQLExtensions.Query("mutation { increment }"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var events = new SseEventReader(await response.Content.ReadAsStreamAsync());

        var next = await events.ReadEventAsync();
        var complete = await events.ReadEventAsync();

        Assert.Equal("METHOD_NOT_ALLOWED", JsonNode.Parse(next!.Value.Data)!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("complete", complete!.Value.Event);
        Assert.Equal(0, server.Mutations.Value);
    }

    [Fact]
    public async Task A_query_gets_one_next_event_then_complete()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        using var response = await PostAsync(server, new { query = "{ hello }" });
        using var events = new SseEventReader(await response.Content.ReadAsStreamAsync());

        var next = await events.ReadEventAsync();
        var complete = await events.ReadEventAsync();

        Assert.Equal("world", JsonNode.Parse(next!.Value.Data)!["data"]!["hello"]!.GetValue<string>());
        Assert.Equal("complete", complete!.Value.Event);
    }

    [Fact]
    public async Task Validation_errors_are_streamed_as_a_next_event()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        using var response = await PostAsync(server, new { query = "subscription { events(channel: \"v\") { nope } }" });
        using var events = new SseEventReader(await response.Content.ReadAsStreamAsync());

        var next = await events.ReadEventAsync();
        var complete = await events.ReadEventAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("nope", JsonNode.Parse(next!.Value.Data)!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("complete", complete!.Value.Event);
    }

    [Fact]
    public async Task Closing_the_stream_disposes_the_subscription()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        var response = await PostAsync(server, new { query = EventsQuery, variables = new { channel = "leave" } });
        await Eventually.TrueAsync(() => server.Events.ObserversOf("leave") == 1, "the subscription to listen");
        Assert.Equal(1, server.Multiplexer.ActiveSubscribers);

        response.Dispose();

        await Eventually.TrueAsync(() => server.Events.ObserversOf("leave") == 0, "the subscription to be disposed");
        Assert.Equal(0, server.Multiplexer.ActiveSubscribers);
    }

    [Fact]
    public async Task Keep_alive_comments_are_written_while_idle()
    {
        await using var server = await RealtimeTestServer.StartAsync(o => o.KeepAliveInterval = TimeSpan.FromMilliseconds(50));
        using var response = await PostAsync(server, new { query = EventsQuery, variables = new { channel = "idle" } });
        using var events = new SseEventReader(await response.Content.ReadAsStreamAsync());
        await Eventually.TrueAsync(() => server.Events.ObserversOf("idle") == 1, "the subscription to listen");

        var idle = await events.ReadEventAsync(includeComments: true);
        server.Events.Complete("idle");
        var complete = await events.ReadEventAsync();

        Assert.Equal(":", idle!.Value.Event);
        Assert.Equal("complete", complete!.Value.Event);
    }

    [Fact]
    public async Task A_malformed_body_is_refused_before_the_stream_starts()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{ not json", Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task With_server_sent_events_disabled_an_event_stream_request_is_not_acceptable()
    {
        await using var server = await RealtimeTestServer.StartAsync(o => o.EnableServerSentEvents = false);

        using var response = await PostAsync(server, new { query = "{ hello }" });

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(RealtimeTestServer server, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    private static string TextOf(string data) => JsonNode.Parse(data)!["data"]!["events"]!["text"]!.GetValue<string>();
}

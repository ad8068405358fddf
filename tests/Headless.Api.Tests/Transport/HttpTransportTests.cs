using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Headless.Api.Tests.Infrastructure;

namespace Headless.Api.Tests.Transport;

/// <summary>
/// GraphQL over HTTP as the real host wires it: GET and POST, batches, refused media types and sizes,
/// malformed bodies and hostile documents. The transport's own rules are unit-tested with it.
/// </summary>
public sealed class HttpTransportTests
{
    [Fact]
    public async Task A_query_over_GET_with_variables_is_answered()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ngo = await api.Data.NgoAsync("Over GET");
        var url = "/graphql?query=" + Uri.EscapeDataString("query($slug: String!) { ngo(slug: $slug) { name } }")
            + "&variables=" + Uri.EscapeDataString($$"""{"slug":"{{ngo.Slug}}"}""");

        using var response = await api.CreateClient().GetAsync(url);
        var body = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Over GET", body["data"]!["ngo"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_POST_that_is_not_JSON_is_refused_with_415()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        using var content = new StringContent("""{"query":"{ ngos { totalCount } }"}""", Encoding.UTF8, "text/plain");

        using var response = await api.CreateClient().PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], GraphQLErrors.Of(await ReadJsonAsync(response)).Codes());
    }

    [Fact]
    public async Task An_oversized_document_is_refused_with_413_over_POST_and_GET()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var huge = "{ ngos { totalCount } } #" + new string('x', 70_000);
        var client = api.CreateClient();

        using var post = await client.PostAsync("/graphql", Json(new JsonObject { ["query"] = huge }));
        using var get = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(huge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, post.StatusCode);
        Assert.Equal(["DOCUMENT_TOO_LARGE"], GraphQLErrors.Of(await ReadJsonAsync(post)).Codes());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, get.StatusCode);
    }

    [Fact]
    public async Task A_batch_is_answered_with_one_result_per_operation_in_order()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ngo = await api.Data.NgoAsync("Batched");
        var batch = new JsonArray(
            new JsonObject { ["query"] = "{ ngos { totalCount } }" },
            new JsonObject { ["query"] = "query($s: String!) { ngo(slug: $s) { name } }", ["variables"] = new JsonObject { ["s"] = ngo.Slug } },
            new JsonObject { ["query"] = "{ nope }" });

        using var response = await api.CreateClient().PostAsync("/graphql", Json(batch));
        var results = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, results.Count);
        Assert.Equal(1, results[0]!["data"]!["ngos"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("Batched", results[1]!["data"]!["ngo"]!["name"]!.GetValue<string>());
        Assert.NotNull(GraphQLErrors.Of(results[2]));
    }

    [Fact]
    public async Task A_batch_past_the_cap_is_refused()
    {
        await using var api = HeadlessApiFactory.OnSqlite(new() { ["GraphQL:MaxBatchSize"] = "2" });
        var batch = new JsonArray([.. Enumerable.Range(0, 3).Select(_ => (JsonNode)new JsonObject { ["query"] = "{ ngos { totalCount } }" })]);

        using var response = await api.CreateClient().PostAsync("/graphql", Json(batch));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["BATCH_TOO_LARGE"], GraphQLErrors.Of(await ReadJsonAsync(response)).Codes());
    }

    [Theory]
    [InlineData("""{"query": "{ ngos { totalCount } }" """)]
    [InlineData("not json at all")]
    [InlineData("""{"query": 42}""")]
    public async Task A_malformed_body_is_a_400_with_a_JSON_error(string body)
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await api.CreateClient().PostAsync("/graphql", content);
        var json = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(GraphQLErrors.Of(json).Codes().Single(), new[] { "INVALID_JSON", "INVALID_REQUEST" });
    }

    [Fact]
    public async Task The_GraphQL_response_media_type_tells_request_errors_apart_with_400()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(new JsonObject { ["query"] = "{ nope }" }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        using var response = await api.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(GraphQLErrors.Of(await ReadJsonAsync(response)));
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
}

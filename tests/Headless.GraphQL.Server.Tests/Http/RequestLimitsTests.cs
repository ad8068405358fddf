using System.Net;
using Headless.GraphQL.Server.Tests.Infrastructure;
using static Headless.GraphQL.Server.Tests.Infrastructure.HttpClientGraphQLExtensions;

namespace Headless.GraphQL.Server.Tests.Http;

public sealed class RequestLimitsTests
{
    private static string PaddedQuery(int length) => "{ hello }" + new string(' ', length);

    [Fact]
    public async Task A_body_over_MaxDocumentBytes_gets_413_with_a_graphql_error()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.MaxDocumentBytes = 1024);

        var response = await server.Client.PostGraphQLAsync(new { query = PaddedQuery(2000) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("DOCUMENT_TOO_LARGE", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_body_without_content_length_is_still_cut_at_MaxDocumentBytes()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.MaxDocumentBytes = 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new UnknownLengthContent("{\"query\":\"" + PaddedQuery(2000) + "\"}"),
        };
        request.Content.Headers.ContentType = new("application/json");

        var response = await GraphQLResponse.ReadAsync(await server.Client.SendAsync(request));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("DOCUMENT_TOO_LARGE", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_body_within_MaxDocumentBytes_is_executed()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.MaxDocumentBytes = 1024);

        var response = await server.Client.PostGraphQLAsync(new { query = PaddedQuery(900) });

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task A_get_query_string_over_MaxDocumentBytes_gets_413()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.MaxDocumentBytes = 1024);

        var response = await server.Client.GetGraphQLAsync(Query(PaddedQuery(2000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
    }

    [Fact]
    public async Task A_batch_runs_every_request_and_answers_in_order()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new object[]
        {
            new { query = "{ echo(text: \"first\") }" },
            new { query = "{ echo(text: \"second\") }" },
            new { query = "{ unknownField }" },
        });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var results = response.Json.AsArray();
        Assert.Equal(3, results.Count);
        Assert.Equal("first", results[0]!["data"]!["echo"]!.GetValue<string>());
        Assert.Equal("second", results[1]!["data"]!["echo"]!.GetValue<string>());
        Assert.NotNull(results[2]!["errors"]);
    }

    [Fact]
    public async Task A_batch_over_MaxBatchSize_gets_400()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.MaxBatchSize = 2);

        var response = await server.Client.PostGraphQLAsync(Enumerable.Repeat(new { query = "mutation { increment }" }, 3).ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BATCH_TOO_LARGE", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_batch_at_MaxBatchSize_is_executed()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.MaxBatchSize = 2);

        var response = await server.Client.PostGraphQLAsync(Enumerable.Repeat(new { query = "{ hello }" }, 2).ToArray());

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(2, response.Json.AsArray().Count);
    }

    [Fact]
    public async Task An_empty_batch_gets_400()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostRawAsync("[]", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_REQUEST", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_batch_with_a_malformed_entry_gets_400_naming_its_index()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostRawAsync("[{\"query\":\"{ hello }\"}, 7]", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("1", response.FirstErrorMessage, StringComparison.Ordinal);
    }
}

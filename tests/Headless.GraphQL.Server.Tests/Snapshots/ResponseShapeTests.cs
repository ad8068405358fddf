using Headless.GraphQL.Server.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace Headless.GraphQL.Server.Tests.Snapshots;

/// <summary>Pins the JSON shapes clients parse; behaviour is asserted in the other test classes.</summary>
public sealed class ResponseShapeTests
{
    [Fact]
    public async Task Masked_internal_error_shape()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new { query = "{ hello boom }" });

        Snapshot.Match(JToken.Parse(response.Body));
    }

    [Fact]
    public async Task Validation_error_shape()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new { query = "{ helo }" });

        Snapshot.Match(JToken.Parse(response.Body));
    }

    [Fact]
    public async Task Request_error_shape()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostRawAsync("{\"query\": 1}", "application/json");

        Snapshot.Match(JToken.Parse(response.Body));
    }

    [Fact]
    public async Task Batch_response_shape()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new object[]
        {
            new { query = "{ hello }" },
            new { query = "{ echo }" },
        });

        Snapshot.Match(JToken.Parse(response.Body));
    }
}

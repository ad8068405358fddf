using System.Net;
using Headless.GraphQL.Server.Execution;
using Headless.GraphQL.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.GraphQL.Server.Tests.Execution;

public sealed class ExecutionTests
{
    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    public async Task An_operation_past_the_timeout_gets_a_timeout_error_not_a_500(string accept)
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(50));

        var response = await server.Client.PostGraphQLAsync(new { query = "{ slow }" }, accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("EXECUTION_TIMEOUT", response.FirstErrorCode);
        Assert.Contains("timed out", response.FirstErrorMessage, StringComparison.OrdinalIgnoreCase);
        Assert.True(response.Json.AsObject().ContainsKey("data"));
        Assert.Null(response.Json["data"]);
    }

    [Fact]
    public async Task An_unhandled_resolver_exception_is_masked_without_details()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new { query = "{ hello boom }" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Internal server error", response.FirstErrorMessage);
        Assert.Equal("INTERNAL_SERVER_ERROR", response.FirstErrorCode);
        Assert.Equal("boom", response.Errors[0]!["path"]![0]!.GetValue<string>());
        Assert.DoesNotContain(TestSecrets.ExceptionMessage, response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", response.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", response.Body, StringComparison.Ordinal);
        Assert.Equal("world", response.Json["data"]!["hello"]!.GetValue<string>());
    }

    [Fact]
    public async Task Exception_details_are_shown_when_exposed()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.ExposeExceptionDetails = true);

        var response = await server.Client.PostGraphQLAsync(new { query = "{ boom }" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("INTERNAL_SERVER_ERROR", response.FirstErrorCode);
        Assert.Contains(TestSecrets.ExceptionMessage, response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException", response.Errors[0]!["extensions"]!["details"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_request_context_factory_fills_the_user_context()
    {
        await using var server = await GraphQLTestServer.StartAsync(
            services: s => s.AddSingleton<IGraphQLRequestContextFactory, HeaderContextFactory>());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ contextValue(key: \\\"tenant\\\") }\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Tenant", "plan-international");

        var response = await GraphQLResponse.ReadAsync(await server.Client.SendAsync(request));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("plan-international", response.Json["data"]!["contextValue"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_context_factory_the_user_context_is_empty()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new { query = "{ contextValue(key: \"tenant\") }" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Json["data"]!["contextValue"]);
    }

    [Fact]
    public async Task Concurrent_requests_each_get_their_own_answer()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        var texts = Enumerable.Range(0, 40).Select(i => $"text-{i}").ToArray();

        var responses = await Task.WhenAll(texts.Select(text => server.Client.PostGraphQLAsync(new
        {
            query = "query ($t: String!) { echo(text: $t) }",
            variables = new { t = text },
        })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal(texts, responses.Select(r => r.Json["data"]!["echo"]!.GetValue<string>()));
    }

    private sealed class HeaderContextFactory : IGraphQLRequestContextFactory
    {
        public ValueTask<IDictionary<string, object?>> CreateUserContextAsync(HttpContext http, CancellationToken ct) =>
            ValueTask.FromResult<IDictionary<string, object?>>(new Dictionary<string, object?>
            {
                ["tenant"] = http.Request.Headers["X-Tenant"].ToString(),
            });
    }
}

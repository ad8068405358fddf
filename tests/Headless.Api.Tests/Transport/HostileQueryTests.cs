using Headless.Api.Tests.Infrastructure;

namespace Headless.Api.Tests.Transport;

/// <summary>Documents built to exhaust the server are refused before anything runs, with a code a client can read.</summary>
public sealed class HostileQueryTests
{
    [Fact]
    public async Task A_query_nested_past_the_depth_limit_is_refused()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var nested = string.Concat(Enumerable.Repeat("hub { parent { ", 10)) + "handle" + new string('}', 20);

        var result = await api.CreateClient().PostAsync($"{{ ngos {{ nodes {{ {nested} }} }} }}");

        AssertRefused(result);
    }

    [Fact]
    public async Task A_query_whose_pages_multiply_past_the_complexity_limit_is_refused()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        const string Query = """
            { campaigns(first: 100) { nodes { tiers(first: 100) { nodes { campaign {
                tiers(first: 100) { nodes { campaign { donations(first: 100) { nodes { amount { amount } } } } } } } } } } } }
            """;

        var result = await api.CreateClient().PostAsync(Query);

        AssertRefused(result);
        Assert.Equal(["COMPLEXITY"], GraphQLErrors.Of(result).Codes());
    }

    [Fact]
    public async Task A_query_with_too_many_aliases_is_refused()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var aliases = string.Join(" ", Enumerable.Range(0, 40).Select(i => $"a{i}: ngos {{ totalCount }}"));

        var result = await api.CreateClient().PostAsync($"{{ {aliases} }}");

        AssertRefused(result);
        Assert.Equal(["MAX_ALIASES_EXCEEDED"], GraphQLErrors.Of(result).Codes());
    }

    private static void AssertRefused(System.Text.Json.Nodes.JsonObject result)
    {
        var errors = GraphQLErrors.Of(result);
        Assert.Null(result["data"]);
        Assert.DoesNotContain("INTERNAL_SERVER_ERROR", errors.Codes());
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e!["message"]!.GetValue<string>())));
    }
}

using Headless.Api.Tests.Infrastructure;
using Headless.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Hosting;

/// <summary>With production settings the API tells attackers nothing: no introspection, no stack traces, no name hints.</summary>
public sealed class ProductionSettingsTests
{
    private static Dictionary<string, string?> Production => new()
    {
        ["GraphQL:EnableIntrospection"] = "false",
        ["GraphQL:ExposeExceptionDetails"] = "false",
        ["GraphQL:EnableSuggestions"] = "false",
        ["GraphQL:EnableGraphiQL"] = "false",
    };

    [Fact]
    public async Task Introspection_is_refused()
    {
        await using var api = HeadlessApiFactory.OnSqlite(Production);
        var client = api.CreateClient();

        var schema = await client.PostAsync("{ __schema { types { name } } }");
        var type = await client.PostAsync("""{ __type(name: "Campaign") { fields { name } } }""");

        Assert.Null(schema["data"]);
        Assert.NotEmpty(GraphQLErrors.Of(schema));
        Assert.Null(type["data"]);
        Assert.NotEmpty(GraphQLErrors.Of(type));
    }

    [Fact]
    public async Task Introspection_is_served_when_enabled()
    {
        await using var api = HeadlessApiFactory.OnSqlite();

        var data = await api.CreateClient().QueryAsync("{ __schema { queryType { name } } }");

        Assert.Equal("Query", data["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_internal_failure_is_masked_without_stack_trace_or_database_details()
    {
        await using var api = HeadlessApiFactory.OnSqlite(Production);
        await BreakTheDatabaseAsync(api);

        var result = await api.CreateClient().PostAsync("{ ngos { totalCount } }");
        var text = result.ToJsonString();

        Assert.Equal(["INTERNAL_SERVER_ERROR"], GraphQLErrors.Of(result).Codes());
        Assert.Equal("Internal server error", result["errors"]![0]!["message"]!.GetValue<string>());
        Assert.DoesNotContain("SQLite", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        Assert.Null(result["errors"]![0]!["extensions"]!["details"]);
    }

    [Fact]
    public async Task Exception_details_are_shown_only_when_a_developer_asks_for_them()
    {
        await using var api = HeadlessApiFactory.OnSqlite(new() { ["GraphQL:ExposeExceptionDetails"] = "true" });
        await BreakTheDatabaseAsync(api);

        var result = await api.CreateClient().PostAsync("{ ngos { totalCount } }");

        Assert.Contains("no such table", result.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Validation_errors_carry_no_name_suggestions()
    {
        await using var production = HeadlessApiFactory.OnSqlite(Production);
        await using var development = HeadlessApiFactory.OnSqlite(new() { ["GraphQL:EnableSuggestions"] = "true" });
        const string Typo = """{ ngo(slug: "x") { nam } }""";

        var hidden = GraphQLErrors.Of(await production.CreateClient().PostAsync(Typo));
        var shown = GraphQLErrors.Of(await development.CreateClient().PostAsync(Typo));

        Assert.DoesNotContain("Did you mean", hidden.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Did you mean", shown[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    // Renaming a table the first query reads makes the database fail the way an outage would.
    private static async Task BreakTheDatabaseAsync(HeadlessApiFactory api)
    {
        await using var db = api.Services.GetRequiredService<HeadlessDbContextFactory>().CreateDbContext();
        await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "Ngos" RENAME TO "NgosGone" """);
    }
}

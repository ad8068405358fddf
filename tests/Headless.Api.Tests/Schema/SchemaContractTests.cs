using GraphQL;
using GraphQL.Utilities;
using Headless.Api.Tests.Infrastructure;
using Headless.Schema;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace Headless.Api.Tests.Schema;

/// <summary>
/// schema/schema.graphql is the contract front ends generate clients from. It must be the SDL the code
/// produces, so every change of the contract shows in review. To regenerate it after a deliberate
/// change: <c>UPDATE_SCHEMA=1 dotnet test tests/Headless.Api.Tests --filter SchemaContractTests</c>,
/// then review the diff of schema/schema.graphql and the snapshot.
/// </summary>
public sealed class SchemaContractTests
{
    [Fact]
    public async Task The_exported_schema_file_is_the_SDL_the_code_produces()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var sdl = PrintSchema(api);
        var file = Path.Combine(RepositoryRoot(), "schema", "schema.graphql");

        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(file, sdl);
        }

        Assert.True(File.Exists(file), $"{file} is missing: regenerate it with UPDATE_SCHEMA=1.");
        var exported = (await File.ReadAllTextAsync(file)).ReplaceLineEndings("\n");
        Assert.True(exported == sdl, "schema/schema.graphql is stale: regenerate it with UPDATE_SCHEMA=1 dotnet test tests/Headless.Api.Tests --filter SchemaContractTests, and review the diff.");
    }

    [Fact]
    public async Task The_schema_matches_its_reviewed_snapshot()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        PrintSchema(api).MatchSnapshot();
    }

    private static string PrintSchema(HeadlessApiFactory api)
    {
        var schema = api.Services.GetRequiredService<HeadlessSchema>();
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Headless.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Headless.sln not found above the test directory.");
    }
}

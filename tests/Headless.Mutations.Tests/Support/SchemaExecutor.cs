using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using Headless.Api.Tests.Infrastructure;
using Headless.Schema;
using Headless.Schema.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Mutations.Tests.Support;

/// <summary>
/// Runs an operation through the host's real schema as an explicit viewer, in a request scope of its own,
/// so mutation tests do not depend on how callers authenticate.
/// </summary>
public static class SchemaExecutor
{
    /// <summary>Executes and returns the whole response (<c>data</c> and <c>errors</c>) as JSON.</summary>
    public static Task<JsonObject> ExecuteAsync(this HeadlessApiFactory api, Viewer viewer, string query, object? variables = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        return api.Services.ExecuteAsync(viewer, query, variables);
    }

    /// <summary>The same, on the services of a host built another way (e.g. with test doubles registered).</summary>
    public static async Task<JsonObject> ExecuteAsync(this IServiceProvider services, Viewer viewer, string query, object? variables = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(viewer);
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = viewer;
        var serializer = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>();
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<HeadlessSchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = variables is null ? null : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables)),
            RequestServices = scope.ServiceProvider,
        });
        var json = serializer.Serialize(result);
        return JsonNode.Parse(json)?.AsObject() ?? throw new JsonException($"Not a JSON object: {json}");
    }

    /// <summary>Executes an operation that must not fail at the GraphQL level, and returns <c>data</c>.</summary>
    public static Task<JsonObject> DataAsync(this HeadlessApiFactory api, Viewer viewer, string query, object? variables = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        return api.Services.DataAsync(viewer, query, variables);
    }

    public static async Task<JsonObject> DataAsync(this IServiceProvider services, Viewer viewer, string query, object? variables = null)
    {
        var result = await services.ExecuteAsync(viewer, query, variables);
        Assert.True(result["errors"] is null, $"Unexpected errors: {result["errors"]}");
        return result["data"]!.AsObject();
    }
}

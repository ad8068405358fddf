using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Headless.GraphQL.Server.GraphiQL;

/// <summary>Serves the GraphiQL scripts and styles embedded in this assembly, so no CDN is needed.</summary>
internal static class GraphiQLAssets
{
    private const string ResourcePrefix = "Headless.GraphQL.Server.GraphiQL.assets.";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.css"] = "text/css; charset=utf-8",
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
        ["graphql-ws.min.js"] = "text/javascript; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static async Task ServeAsync(HttpContext http, string? file)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
        if (!options.EnableGraphiQL || file is null || !ContentTypes.TryGetValue(file, out var contentType))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await using var stream = typeof(GraphiQLAssets).Assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"GraphiQL asset '{file}' is not embedded.");
        http.Response.ContentType = contentType;
        http.Response.ContentLength = stream.Length;
        http.Response.Headers.CacheControl = "public, max-age=86400";
        await stream.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}

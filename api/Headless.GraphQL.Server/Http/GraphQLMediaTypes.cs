namespace Headless.GraphQL.Server.Http;

internal static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Html = "text/html";
    public const string EventStream = "text/event-stream";

    public static string ContentTypeOf(ResponseMediaType mediaType) => mediaType switch
    {
        ResponseMediaType.Json => Json + "; charset=utf-8",
        _ => GraphQLResponseJson + "; charset=utf-8",
    };
}

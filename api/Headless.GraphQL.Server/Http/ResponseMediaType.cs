namespace Headless.GraphQL.Server.Http;

/// <summary>The media types a GraphQL response can be written in.</summary>
public enum ResponseMediaType
{
    GraphQLResponseJson,
    Json,
}

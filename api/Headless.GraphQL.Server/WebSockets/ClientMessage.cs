using Headless.GraphQL.Server.Http;

namespace Headless.GraphQL.Server.WebSockets;

/// <summary>A well-formed message from a client: the fields each type needs are present and typed.</summary>
internal sealed record ClientMessage(
    ClientMessageType Type,
    string? Id = null,
    GraphQLHttpRequest? Request = null,
    IReadOnlyDictionary<string, object?>? Payload = null);

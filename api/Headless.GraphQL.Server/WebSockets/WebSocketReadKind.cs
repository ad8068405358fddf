namespace Headless.GraphQL.Server.WebSockets;

internal enum WebSocketReadKind
{
    Message,
    Closed,
    TooBig,
}

namespace Headless.GraphQL.Server.WebSockets;

internal enum ClientMessageType
{
    ConnectionInit,
    Ping,
    Pong,
    Subscribe,
    Complete,
}

namespace Headless.GraphQL.Server.WebSockets;

/// <summary>
/// Close codes of the WebSocket transport: those of the <c>graphql-transport-ws</c> protocol, the
/// standard ones it relies on, and the server's own (4420) for a client that cannot keep up.
/// </summary>
public static class GraphQLWebSocketCloseCodes
{
    public const string SubProtocol = "graphql-transport-ws";

    /// <summary>Invalid message: not JSON, unknown type, missing or mistyped field.</summary>
    public const int BadRequest = 4400;

    /// <summary><c>subscribe</c> before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The authenticator refused <c>connection_init</c>, or the accepted token expired.</summary>
    public const int Forbidden = 4403;

    /// <summary>No <c>connection_init</c> within <see cref="GraphQLServerOptions.ConnectionInitTimeout"/>.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>A <c>subscribe</c> reused the id of an operation still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>
    /// The client fell <see cref="GraphQLServerOptions.MaxOutboundQueue"/> messages behind. Not part
    /// of the protocol (4420 is unused by it): it tells a client it was too slow, not that it
    /// misbehaved, so it may reconnect and resubscribe.
    /// </summary>
    public const int OutboundQueueOverflow = 4420;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>An unexpected server failure.</summary>
    public const int InternalServerError = 4500;

    /// <summary>A message over <see cref="GraphQLServerOptions.MaxMessageBytes"/> (RFC 6455 "Message Too Big").</summary>
    public const int MessageTooBig = 1009;
}

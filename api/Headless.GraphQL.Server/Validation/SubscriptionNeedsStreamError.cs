using GraphQL.Validation;
using GraphQLParser.AST;
using Headless.GraphQL.Server.Errors;

namespace Headless.GraphQL.Server.Validation;

/// <summary>Reported when a subscription is sent as a plain request, which can only have one response.</summary>
public sealed class SubscriptionNeedsStreamError : ValidationError
{
    public SubscriptionNeedsStreamError(ValidationContext context, GraphQLOperationDefinition operation)
        : base(
            (context ?? throw new ArgumentNullException(nameof(context))).Document.Source,
            null,
            "A subscription needs a stream: use a WebSocket (sub-protocol graphql-transport-ws) or Server-Sent Events (Accept: text/event-stream).",
            operation!)
    {
        Code = GraphQLErrorCodes.StreamingNotSupported;
    }
}

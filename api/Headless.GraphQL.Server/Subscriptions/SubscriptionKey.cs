using Headless.GraphQL.Server.Http;

namespace Headless.GraphQL.Server.Subscriptions;

/// <summary>
/// What makes two subscriptions interchangeable: same schema, document, operation, variables and
/// visibility. The full texts are compared, not a digest, so two keys can never collide.
/// </summary>
public sealed record SubscriptionKey(
    Type Schema,
    string Query,
    string? OperationName,
    string CanonicalVariables,
    string VisibilityKey)
{
    public static SubscriptionKey Create(Type schema, GraphQLHttpRequest request, string visibilityKey)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new SubscriptionKey(schema, request.Query, request.OperationName, CanonicalJson.Write(request.Variables), visibilityKey);
    }
}

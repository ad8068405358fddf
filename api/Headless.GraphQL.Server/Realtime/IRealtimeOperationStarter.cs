using Headless.GraphQL.Server.Execution;
using Headless.GraphQL.Server.Http;
using Headless.GraphQL.Server.Subscriptions;
using Microsoft.AspNetCore.Http;

namespace Headless.GraphQL.Server.Realtime;

/// <summary>Starts operations for the real-time transports without them knowing the schema type.</summary>
internal interface IRealtimeOperationStarter
{
    /// <summary>
    /// Runs a query or mutation to its single result, or joins the shared execution of a
    /// subscription whose events then go to <paramref name="sink"/>.
    /// </summary>
    Task<SubscriptionAttachment> StartAsync(
        GraphQLHttpRequest request,
        HttpContext http,
        OperationRestriction restriction,
        ISubscriptionSink sink,
        CancellationToken ct);
}

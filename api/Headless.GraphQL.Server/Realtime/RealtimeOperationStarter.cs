using GraphQL.Types;
using Headless.GraphQL.Server.Execution;
using Headless.GraphQL.Server.Http;
using Headless.GraphQL.Server.Subscriptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.GraphQL.Server.Realtime;

internal sealed class RealtimeOperationStarter<TSchema>(
    GraphQLRequestExecutor<TSchema> executor,
    SubscriptionMultiplexer multiplexer)
    : IRealtimeOperationStarter
    where TSchema : ISchema
{
    public async Task<SubscriptionAttachment> StartAsync(
        GraphQLHttpRequest request,
        HttpContext http,
        OperationRestriction restriction,
        ISubscriptionSink sink,
        CancellationToken ct)
    {
        var factory = http.RequestServices.GetService<IGraphQLRequestContextFactory>();
        var userContext = factory is null
            ? new Dictionary<string, object?>()
            : await factory.CreateUserContextAsync(http, ct);
        var user = http.User;

        if (OperationKinds.IsSubscription(request.Query, request.OperationName))
        {
            var visibility = factory?.GetVisibilityKey(user) ?? VisibilityKeys.PerUser(user);
            var key = SubscriptionKey.Create(typeof(TSchema), request, visibility);
            return await multiplexer.SubscribeAsync(
                key,
                (services, token) => executor.ExecuteAsync(request, new GraphQLOperationContext(user, services, userContext, restriction), token),
                sink,
                ct);
        }

        // Operations of one socket run side by side, and scoped services (a DbContext) are rarely
        // thread-safe: each operation gets its own scope.
        await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var result = await executor.ExecuteAsync(request, new GraphQLOperationContext(user, scope.ServiceProvider, userContext, restriction), ct);
        return SubscriptionAttachment.Completed(result);
    }
}

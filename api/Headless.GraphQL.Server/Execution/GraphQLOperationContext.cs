using System.Security.Claims;

namespace Headless.GraphQL.Server.Execution;

/// <summary>
/// Who runs an operation and with which services, independent of the transport that carried it.
/// </summary>
/// <param name="User">The caller, handed to resolvers as <c>context.User</c>.</param>
/// <param name="Services">The scope resolvers take their services from; it must outlive a subscription.</param>
/// <param name="UserContext">The user context built by <see cref="IGraphQLRequestContextFactory"/>.</param>
/// <param name="Restriction">Operation types the transport allows.</param>
public sealed record GraphQLOperationContext(
    ClaimsPrincipal User,
    IServiceProvider Services,
    IDictionary<string, object?> UserContext,
    OperationRestriction Restriction = OperationRestriction.None);

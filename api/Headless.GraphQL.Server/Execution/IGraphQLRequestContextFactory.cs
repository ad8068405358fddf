using Microsoft.AspNetCore.Http;

namespace Headless.GraphQL.Server.Execution;

/// <summary>
/// Builds the user context handed to resolvers for one HTTP request. Optional: without a
/// registration every request gets an empty dictionary.
/// </summary>
public interface IGraphQLRequestContextFactory
{
    ValueTask<IDictionary<string, object?>> CreateUserContextAsync(HttpContext http, CancellationToken ct);
}

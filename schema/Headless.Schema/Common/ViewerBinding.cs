using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Schema.Common;

/// <summary>
/// Carries the viewer from the user context into the operation's own service scope. Over WebSocket
/// every operation runs in a scope of its own (and a shared subscription in the scope of its first
/// subscriber), so the scope the viewer was resolved in is not the one the resolvers read.
/// </summary>
public sealed class ViewerBinding : IConfigureExecution
{
    /// <summary>The user-context key under which the host puts the request's <see cref="Viewer"/>.</summary>
    public const string UserContextKey = "viewer";

    public float SortOrder => 50;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.UserContext.TryGetValue(UserContextKey, out var value) && value is Viewer viewer && options.RequestServices is { } services)
        {
            services.GetRequiredService<ViewerAccessor>().Viewer = viewer;
        }

        return next(options);
    }
}

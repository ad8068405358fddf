using GraphQL;
using Headless.Data;
using Headless.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Common;

/// <summary>
/// Pages an EF Core query into a connection. Each fetch and count opens its own short-lived context,
/// because sibling fields resolve in parallel and a DbContext is not thread-safe.
/// </summary>
internal static class QueryableConnection
{
    public static Task<Connection<T>> BuildAsync<T>(IResolveFieldContext context, Func<HeadlessDbContext, IQueryable<T>> query)
        where T : class
    {
        var contexts = context.Contexts();
        var visible = context.Viewer().MemberOfNgoIds;
        var options = context.Service<ConnectionOptions>();
        return ConnectionBuilder.BuildAsync<T>(
            context,
            options,
            async (skip, take, ct) =>
            {
                await using var db = contexts.CreateRestrictedTo(visible);
                return await query(db).AsNoTracking().Skip(skip).Take(take).ToListAsync(ct);
            },
            async ct =>
            {
                await using var db = contexts.CreateRestrictedTo(visible);
                return await query(db).CountAsync(ct);
            });
    }

    /// <summary>Pages a list already in memory (small child lists loaded in one batch).</summary>
    public static Task<Connection<T>> FromList<T>(IResolveFieldContext context, IReadOnlyList<T> items) =>
        ConnectionBuilder.BuildAsync<T>(
            context,
            context.Service<ConnectionOptions>(),
            (skip, take, _) => Task.FromResult<IReadOnlyList<T>>([.. items.Skip(skip).Take(take)]),
            _ => Task.FromResult(items.Count));
}

using GraphQL;
using Headless.Data;
using Headless.Domain.Common;
using Headless.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Common;

/// <summary>
/// Refetches nodes of one type by id, through a query that applies the same visibility rules as the
/// root fields, so a global id never reveals what a list would hide.
/// </summary>
public sealed class DbNodeResolver<T>(string typeName, Func<HeadlessDbContext, Viewer, IQueryable<T>> visible) : INodeResolver
    where T : Entity
{
    public string TypeName => typeName;

    public async Task<IReadOnlyDictionary<Guid, object>> ResolveAsync(IReadOnlyList<Guid> ids, IResolveFieldContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var db = context.Db();
        var found = await visible(db, context.Viewer()).AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        return found.ToDictionary(e => e.Id, e => (object)e);
    }
}

using Headless.Data;
using Headless.Domain.Common;
using Headless.GraphQL.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Common;

/// <summary>Entities by id, in one query per batch, through a context restricted to what the viewer may see.</summary>
public abstract class EntityByIdLoader<T>(HeadlessDbContextFactory contexts, ViewerAccessor viewer) : BatchDataLoader<Guid, T>
    where T : Entity
{
    /// <summary>The entities to load from, with whatever they must include.</summary>
    protected abstract IQueryable<T> Source(HeadlessDbContext db);

    protected override async Task<IReadOnlyDictionary<Guid, T>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateRestrictedTo(viewer.Viewer.MemberOfNgoIds);
        return await Source(db).AsNoTracking().Where(e => keys.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
    }
}

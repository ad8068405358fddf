using Headless.Data;
using Headless.Domain.Accounts;
using Headless.GraphQL.DataLoading;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Accounts;

public sealed class ChildrenByParentLoader(HeadlessDbContextFactory contexts, ViewerAccessor viewer) : GroupedDataLoader<Guid, TwitterAccount>
{
    protected override async Task<ILookup<Guid, TwitterAccount>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateRestrictedTo(viewer.Viewer.MemberOfNgoIds);
        var children = await db.Accounts.AsNoTracking()
            .Where(a => a.ParentId != null && keys.Contains(a.ParentId.Value))
            .OrderBy(a => a.HandleKey)
            .ToListAsync(cancellationToken);
        return children.ToLookup(a => a.ParentId!.Value);
    }
}

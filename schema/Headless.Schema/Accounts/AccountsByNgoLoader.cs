using Headless.Data;
using Headless.Domain.Accounts;
using Headless.GraphQL.DataLoading;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Accounts;

/// <summary>All accounts of each NGO in one query: the staircase is walked in memory.</summary>
public sealed class AccountsByNgoLoader(HeadlessDbContextFactory contexts, ViewerAccessor viewer) : GroupedDataLoader<Guid, TwitterAccount>
{
    protected override async Task<ILookup<Guid, TwitterAccount>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateRestrictedTo(viewer.Viewer.MemberOfNgoIds);
        var accounts = await db.Accounts.AsNoTracking()
            .Where(a => keys.Contains(a.NgoId))
            .OrderBy(a => a.HandleKey)
            .ToListAsync(cancellationToken);
        return accounts.ToLookup(a => a.NgoId);
    }
}

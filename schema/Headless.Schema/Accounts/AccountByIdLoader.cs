using Headless.Data;
using Headless.Domain.Accounts;
using Headless.GraphQL.DataLoading;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Accounts;

public sealed class AccountByIdLoader(HeadlessDbContextFactory contexts, ViewerAccessor viewer) : BatchDataLoader<Guid, TwitterAccount>
{
    protected override async Task<IReadOnlyDictionary<Guid, TwitterAccount>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateRestrictedTo(viewer.Viewer.MemberOfNgoIds);
        return await db.Accounts.AsNoTracking().Where(a => keys.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
    }
}

using Headless.Data;
using Headless.Domain.Ngos;
using Headless.GraphQL.DataLoading;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Ngos;

public sealed class NgoByIdLoader(HeadlessDbContextFactory contexts, ViewerAccessor viewer) : BatchDataLoader<Guid, Ngo>
{
    protected override async Task<IReadOnlyDictionary<Guid, Ngo>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateRestrictedTo(viewer.Viewer.MemberOfNgoIds);
        return await db.Ngos.AsNoTracking().Where(n => keys.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);
    }
}

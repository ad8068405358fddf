using Headless.Data;
using Headless.Domain.Tiers;
using Headless.GraphQL.DataLoading;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Tiers;

public sealed class TierByIdLoader(HeadlessDbContextFactory contexts, ViewerAccessor viewer) : BatchDataLoader<Guid, DonationTier>
{
    protected override async Task<IReadOnlyDictionary<Guid, DonationTier>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateRestrictedTo(viewer.Viewer.MemberOfNgoIds);
        return await db.Tiers.AsNoTracking().Where(t => keys.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
    }
}

using Headless.Data;
using Headless.Domain.Tiers;
using Headless.GraphQL.DataLoading;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Tiers;

public sealed class TiersByCampaignLoader(HeadlessDbContextFactory contexts, ViewerAccessor viewer) : GroupedDataLoader<Guid, DonationTier>
{
    protected override async Task<ILookup<Guid, DonationTier>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateRestrictedTo(viewer.Viewer.MemberOfNgoIds);
        var tiers = await db.Tiers.AsNoTracking()
            .Where(t => keys.Contains(t.CampaignId))
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        return tiers.ToLookup(t => t.CampaignId);
    }
}

using Headless.Data;
using Headless.Domain.Campaigns;
using Headless.Schema.Campaigns;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Realtime;

/// <summary>Per-event reads for subscriptions: fresh from the database and restricted to the viewer, like a query.</summary>
internal sealed class SubscriptionVisibility(HeadlessDbContextFactory contexts, Viewer viewer)
{
    public async Task<Campaign?> CampaignAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateRestrictedTo(viewer.MemberOfNgoIds);
        return await db.Campaigns.WithChildren().VisibleTo(viewer).FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
    }

    public async Task<T?> FindAsync<T>(Guid id, Func<HeadlessDbContext, IQueryable<T>> query, CancellationToken cancellationToken)
        where T : Headless.Domain.Common.Entity
    {
        await using var db = contexts.CreateRestrictedTo(viewer.MemberOfNgoIds);
        return await query(db).AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
    }
}

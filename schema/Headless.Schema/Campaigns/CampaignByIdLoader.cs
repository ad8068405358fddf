using Headless.Data;
using Headless.Domain.Campaigns;
using Headless.Schema.Common;

namespace Headless.Schema.Campaigns;

/// <summary>Campaigns by id, with their hashtags, phases and donation links. Visibility is the caller's concern.</summary>
public sealed class CampaignByIdLoader(HeadlessDbContextFactory contexts, ViewerAccessor viewer) : EntityByIdLoader<Campaign>(contexts, viewer)
{
    protected override IQueryable<Campaign> Source(HeadlessDbContext db) => db.Campaigns.WithChildren();
}

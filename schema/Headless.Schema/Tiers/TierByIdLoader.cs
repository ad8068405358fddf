using Headless.Data;
using Headless.Domain.Tiers;
using Headless.Schema.Common;

namespace Headless.Schema.Tiers;

public sealed class TierByIdLoader(HeadlessDbContextFactory contexts, ViewerAccessor viewer) : EntityByIdLoader<DonationTier>(contexts, viewer)
{
    protected override IQueryable<DonationTier> Source(HeadlessDbContext db) => db.Tiers;
}

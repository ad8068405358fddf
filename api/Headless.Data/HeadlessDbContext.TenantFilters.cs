using Headless.Domain.ApiClients;
using Headless.Domain.Audit;
using Headless.Domain.Campaigns;
using Headless.Domain.Donations;
using Headless.Domain.Members;
using Headless.Domain.Tiers;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data;

// Defense in depth: a context restricted to a caller's NGOs cannot read another NGO's private rows,
// even if a resolver forgets its own visibility check. Unrestricted contexts serve system work
// (migrations, seeding, ingestion, mutations after their own authorization).
public partial class HeadlessDbContext
{
    private Guid[]? _visibleNgoIds;

    /// <summary>True when queries see only published data plus the private data of <see cref="VisibleNgoIds"/>.</summary>
    public bool IsRestricted => _visibleNgoIds is not null;

    /// <summary>The NGOs whose private data a restricted context may read.</summary>
    public IReadOnlyList<Guid> VisibleNgoIds => _visibleNgoIds ?? [];

    /// <summary>Restricts this context to public data plus the private data of these NGOs.</summary>
    public HeadlessDbContext RestrictTo(IEnumerable<Guid> ngoIds)
    {
        _visibleNgoIds = [.. ngoIds];
        return this;
    }

    private void ConfigureTenantFilters(ModelBuilder builder)
    {
        builder.Entity<Campaign>().HasQueryFilter(c => _visibleNgoIds == null || c.PublishedAt != null || _visibleNgoIds.Contains(c.NgoId));
        builder.Entity<CampaignPhase>().HasQueryFilter(p => Campaigns.Any(c => c.Id == p.CampaignId));
        builder.Entity<DonationLink>().HasQueryFilter(l => Campaigns.Any(c => c.Id == l.CampaignId));
        builder.Entity<ExpenseLine>().HasQueryFilter(e => Campaigns.Any(c => c.Id == e.CampaignId));
        builder.Entity<DonationTier>().HasQueryFilter(t => Campaigns.Any(c => c.Id == t.CampaignId));
        builder.Entity<Donation>().HasQueryFilter(d => Campaigns.Any(c => c.Id == d.CampaignId));
        builder.Entity<ProgressUpdate>().HasQueryFilter(u =>
            _visibleNgoIds == null || (u.PublishedAt != null && Campaigns.Any(c => c.Id == u.CampaignId))
            || Campaigns.Any(c => c.Id == u.CampaignId && _visibleNgoIds.Contains(c.NgoId)));
        builder.Entity<Membership>().HasQueryFilter(m => _visibleNgoIds == null || _visibleNgoIds.Contains(m.NgoId));
        builder.Entity<ApiClient>().HasQueryFilter(a => _visibleNgoIds == null || _visibleNgoIds.Contains(a.NgoId));
        builder.Entity<AuditEntry>().HasQueryFilter(a => _visibleNgoIds == null || (a.NgoId != null && _visibleNgoIds.Contains(a.NgoId.Value)));
    }
}

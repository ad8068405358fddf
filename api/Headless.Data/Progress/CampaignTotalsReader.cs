using Headless.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Progress;

/// <summary>
/// Sums donations and pledges for many campaigns in two queries. SQLite stores decimals as text and
/// cannot SUM them exactly, so there the rows are summed in memory; elsewhere the database sums.
/// </summary>
public sealed class CampaignTotalsReader(HeadlessDbContextFactory contexts)
{
    public async Task<IReadOnlyDictionary<Guid, CampaignTotals>> ReadAsync(IReadOnlyCollection<Guid> campaignIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaignIds);
        if (campaignIds.Count == 0)
        {
            return new Dictionary<Guid, CampaignTotals>();
        }

        await using var db = contexts.CreateDbContext();
        var donations = db.Donations.AsNoTracking().Where(d => campaignIds.Contains(d.CampaignId) && d.RefundedAt == null);
        var pledges = db.PledgeEngagements.AsNoTracking().Where(p => campaignIds.Contains(p.CampaignId));

        List<(Guid CampaignId, decimal Sum, int Count)> raised;
        List<(Guid CampaignId, decimal Sum)> pledged;
        if (contexts.Provider.IsSqlite())
        {
            var rows = await donations.Select(d => new { d.CampaignId, d.Amount }).ToListAsync(cancellationToken);
            raised = [.. rows.GroupBy(r => r.CampaignId).Select(g => (g.Key, g.Sum(r => r.Amount), g.Count()))];
            var pledgeRows = await pledges.Select(p => new { p.CampaignId, p.Amount }).ToListAsync(cancellationToken);
            pledged = [.. pledgeRows.GroupBy(r => r.CampaignId).Select(g => (g.Key, g.Sum(r => r.Amount)))];
        }
        else
        {
            var rows = await donations.GroupBy(d => d.CampaignId)
                .Select(g => new { CampaignId = g.Key, Sum = g.Sum(d => d.Amount), Count = g.Count() })
                .ToListAsync(cancellationToken);
            raised = [.. rows.Select(r => (r.CampaignId, r.Sum, r.Count))];
            var pledgeRows = await pledges.GroupBy(p => p.CampaignId)
                .Select(g => new { CampaignId = g.Key, Sum = g.Sum(p => p.Amount) })
                .ToListAsync(cancellationToken);
            pledged = [.. pledgeRows.Select(r => (r.CampaignId, r.Sum))];
        }

        var pledgedById = pledged.ToDictionary(p => p.CampaignId, p => p.Sum);
        var raisedById = raised.ToDictionary(r => r.CampaignId);
        return campaignIds.Distinct().ToDictionary(
            id => id,
            id => new CampaignTotals(
                raisedById.TryGetValue(id, out var r) ? r.Sum : 0m,
                raisedById.TryGetValue(id, out var c) ? c.Count : 0,
                pledgedById.GetValueOrDefault(id)));
    }
}

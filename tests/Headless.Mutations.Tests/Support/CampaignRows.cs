using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.Support;

/// <summary>
/// Every row a campaign mutation could touch, as one string: equal before and after a refused mutation
/// means nothing was inserted, changed or deleted (not just that the counts match).
/// </summary>
public static class CampaignRows
{
    public static async Task<string> SnapshotAsync(AccessHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        await using var db = host.Db();
        return JsonSerializer.Serialize(new
        {
            Campaigns = await db.Campaigns.AsNoTracking().Include(c => c.Hashtags).Include(c => c.Phases).Include(c => c.DonationLinks)
                .AsSplitQuery().OrderBy(c => c.Id).ToListAsync(),
            Tiers = await db.Tiers.AsNoTracking().OrderBy(t => t.Id).ToListAsync(),
            Donations = await db.Donations.AsNoTracking().OrderBy(d => d.Id).ToListAsync(),
            Updates = await db.ProgressUpdates.AsNoTracking().OrderBy(u => u.Id).ToListAsync(),
            Expenses = await db.ExpenseLines.AsNoTracking().OrderBy(e => e.Id).ToListAsync(),
            AuditEntries = await db.AuditEntries.CountAsync(),
        });
    }

    /// <summary>Runs a refused mutation and asserts that no campaign row, and no audit entry, changed.</summary>
    public static async Task<T> UnchangedAfterAsync<T>(AccessHost host, Func<Task<T>> refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        var before = await SnapshotAsync(host);
        var result = await refused();
        Assert.Equal(before, await SnapshotAsync(host));
        return result;
    }
}

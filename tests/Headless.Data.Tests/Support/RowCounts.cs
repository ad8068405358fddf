using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Tests.Support;

/// <summary>The number of rows in every table, to show that an operation changed nothing.</summary>
public static class RowCounts
{
    public static async Task<IReadOnlyDictionary<string, int>> ReadAsync(HeadlessDbContextFactory contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        await using var db = contexts.CreateDbContext();
        return new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["Ngos"] = await db.Ngos.CountAsync(),
            ["Accounts"] = await db.Accounts.CountAsync(),
            ["Campaigns"] = await db.Campaigns.CountAsync(),
            ["CampaignPhases"] = await db.CampaignPhases.CountAsync(),
            ["CampaignHashtags"] = await db.CampaignHashtags.CountAsync(),
            ["DonationLinks"] = await db.DonationLinks.CountAsync(),
            ["ProgressUpdates"] = await db.ProgressUpdates.CountAsync(),
            ["ExpenseLines"] = await db.ExpenseLines.CountAsync(),
            ["PledgeEngagements"] = await db.PledgeEngagements.CountAsync(),
            ["Tiers"] = await db.Tiers.CountAsync(),
            ["Donations"] = await db.Donations.CountAsync(),
            ["LiveSessions"] = await db.LiveSessions.CountAsync(),
            ["LiveSessionHashtags"] = await db.LiveSessionHashtags.CountAsync(),
            ["LiveSessionAccounts"] = await db.LiveSessionAccounts.CountAsync(),
            ["Tweets"] = await db.Tweets.CountAsync(),
            ["CampaignTweets"] = await db.CampaignTweets.CountAsync(),
            ["LiveSessionTweets"] = await db.LiveSessionTweets.CountAsync(),
        };
    }
}

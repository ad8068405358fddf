using Headless.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Realtime.Tests.Support;

/// <summary>Counts what ingestion stored, straight from the database (no visibility rules).</summary>
public static class StoredTweets
{
    public static int All(RealtimeApi api)
    {
        ArgumentNullException.ThrowIfNull(api);
        using var db = api.Services.GetRequiredService<HeadlessDbContextFactory>().CreateDbContext();
        return db.Tweets.Count();
    }

    public static int WithXId(RealtimeApi api, string xId)
    {
        ArgumentNullException.ThrowIfNull(api);
        using var db = api.Services.GetRequiredService<HeadlessDbContextFactory>().CreateDbContext();
        return db.Tweets.Count(t => t.XId == xId);
    }

    public static int LinkedToCampaign(RealtimeApi api, Guid campaignId)
    {
        ArgumentNullException.ThrowIfNull(api);
        using var db = api.Services.GetRequiredService<HeadlessDbContextFactory>().CreateDbContext();
        return db.CampaignTweets.Count(l => l.CampaignId == campaignId);
    }
}

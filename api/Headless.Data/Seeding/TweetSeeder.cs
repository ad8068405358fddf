using Headless.Data.Tweets;
using Headless.Domain.Campaigns;
using Headless.Domain.Tweets;
using Headless.Twitter.Payloads;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Seeding;

/// <summary>
/// Imports the seed tweets as if they had been ingested: times shifted so the file's anchor is now,
/// each tweet matched to its campaigns and sessions, pledges counted. Tweets already stored are skipped.
/// </summary>
internal sealed class TweetSeeder(HeadlessDbContext db, DateTime now)
{
    public async Task<int> SeedAsync(IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        var shift = now - SeedTime.TweetAnchor;
        var tweets = lines
            .Select(line => XJson.TryParseStreamLine(line, out var message) ? XTweetMapping.ToTweetData(message!, now) : null)
            .OfType<TweetData>()
            .Select(t => t with { CreatedAt = t.CreatedAt + shift })
            .ToList();
        var ids = tweets.Select(t => t.XId).ToList();
        var existing = (await db.Tweets.Where(t => ids.Contains(t.XId)).Select(t => t.XId).ToListAsync(cancellationToken)).ToHashSet();
        tweets.RemoveAll(t => existing.Contains(t.XId));
        if (tweets.Count == 0)
        {
            return 0;
        }

        var campaigns = await db.Campaigns.Include(c => c.Hashtags).ToListAsync(cancellationToken);
        var sessions = await db.LiveSessions.Include(s => s.Hashtags).Include(s => s.Accounts).ToListAsync(cancellationToken);
        var accountsByXId = (await db.Accounts.Where(a => a.XUserId != null).ToListAsync(cancellationToken))
            .ToDictionary(a => a.XUserId!, a => a.Id);
        var engagements = (await db.PledgeEngagements.ToListAsync(cancellationToken))
            .GroupBy(e => e.CampaignId).ToDictionary(g => g.Key, g => g.ToList());

        foreach (var data in tweets.DistinctBy(t => t.XId).OrderBy(t => t.CreatedAt))
        {
            var accountId = accountsByXId.TryGetValue(data.AuthorXId, out var id) ? id : (Guid?)null;
            var tweet = Tweet.From(data, accountId, data.CreatedAt);
            db.Tweets.Add(tweet);
            foreach (var campaign in campaigns.Where(c => TweetMatcher.Matches(c, data)))
            {
                db.CampaignTweets.Add(new CampaignTweet(campaign.Id, tweet.Id, tweet.CreatedAt));
                CountPledge(campaign, data, engagements);
            }

            foreach (var session in sessions.Where(s => TweetMatcher.Matches(s, data, accountId)))
            {
                db.LiveSessionTweets.Add(new LiveSessionTweet(session.Id, tweet.Id, tweet.CreatedAt));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return tweets.Count;
    }

    private void CountPledge(Campaign campaign, TweetData data, Dictionary<Guid, List<PledgeEngagement>> engagements)
    {
        if (campaign.MatchingRule is not { } rule || TweetMatcher.AsEngagement(data) is not { } engagement)
        {
            return;
        }

        if (!engagements.TryGetValue(campaign.Id, out var counted))
        {
            engagements[campaign.Id] = counted = [];
        }

        if (PledgeMatcher.Match(campaign.Id, rule, engagement, counted) is { } match)
        {
            counted.Add(match);
            db.PledgeEngagements.Add(match);
        }
    }
}

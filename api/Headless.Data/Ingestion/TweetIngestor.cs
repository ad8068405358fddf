using Headless.Domain.Campaigns;
using Headless.Domain.Tweets;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Ingestion;

/// <summary>
/// Stores a batch of tweets once each (idempotent on the X id), matched to campaigns and live
/// sessions by hashtag, author and conversation, and counts pledge engagements. One transaction
/// per batch: events are published by the caller only after it committed.
/// </summary>
public sealed class TweetIngestor(HeadlessDbContextFactory contexts, TimeProvider time)
{
    public async Task<IngestionResult> IngestAsync(IReadOnlyList<TweetData> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var tweets = batch.DistinctBy(t => t.XId).OrderBy(t => t.CreatedAt).ToList();
        if (tweets.Count == 0)
        {
            return IngestionResult.Empty;
        }

        await using var db = contexts.CreateDbContext();
        var ids = tweets.Select(t => t.XId).ToList();
        var known = (await db.Tweets.Where(t => ids.Contains(t.XId)).Select(t => t.XId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        tweets.RemoveAll(t => known.Contains(t.XId));
        if (tweets.Count == 0)
        {
            return new IngestionResult([], [], batch.Count);
        }

        var candidates = await MatchingCandidates.LoadAsync(db, tweets, cancellationToken);
        var pledges = new PledgeCounter(db);
        var now = time.GetUtcNow().UtcDateTime;
        var ingested = new List<IngestedTweet>();
        foreach (var data in tweets)
        {
            ingested.Add(await StoreAsync(db, data, candidates, pledges, now, cancellationToken));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new IngestionResult(ingested, pledges.ChangedCampaigns, batch.Count - tweets.Count);
    }

    private static async Task<IngestedTweet> StoreAsync(HeadlessDbContext db, TweetData data, MatchingCandidates candidates, PledgeCounter pledges, DateTime now, CancellationToken cancellationToken)
    {
        (Guid Id, Guid NgoId)? account = candidates.AccountsByXUserId.TryGetValue(data.AuthorXId, out var a) ? a : null;
        var tweet = Tweet.From(data, account?.Id, now);
        db.Tweets.Add(tweet);

        // A reply joins its conversation's campaigns and sessions only while they can still take tweets
        // (published and running; not ended).
        var conversation = data.ConversationXId is { } c && candidates.Conversations.TryGetValue(c, out var root) ? root : default;
        var campaigns = candidates.Campaigns.Where(campaign => TweetMatcher.Matches(campaign, data))
            .Select(campaign => campaign.Id)
            .Union(data.Kind == TweetKind.Reply ? (conversation.Campaigns ?? []).Where(id => candidates.Campaigns.Any(x => x.Id == id)) : [])
            .ToList();
        var sessions = candidates.Sessions.Where(session => TweetMatcher.Matches(session, data, account?.Id))
            .Select(session => session.Id)
            .Union(data.Kind == TweetKind.Reply ? (conversation.Sessions ?? []).Where(id => candidates.Sessions.Any(x => x.Id == id)) : [])
            .ToList();

        foreach (var campaignId in campaigns)
        {
            db.CampaignTweets.Add(new CampaignTweet(campaignId, tweet.Id, tweet.CreatedAt));
            var campaign = candidates.Campaigns.FirstOrDefault(x => x.Id == campaignId);
            if (campaign is not null && campaign.NgoId != account?.NgoId)
            {
                // The NGO's own accounts do not earn the sponsor's money: only the public's engagement counts.
                await pledges.CountAsync(campaign, data, cancellationToken);
            }
        }

        foreach (var sessionId in sessions)
        {
            db.LiveSessionTweets.Add(new LiveSessionTweet(sessionId, tweet.Id, tweet.CreatedAt));
        }

        var ngoIds = candidates.Campaigns.Where(x => campaigns.Contains(x.Id)).Select(x => x.NgoId)
            .Concat(candidates.Sessions.Where(x => sessions.Contains(x.Id)).Select(x => x.NgoId))
            .Concat(account is { } author ? [author.NgoId] : [])
            .Distinct()
            .ToList();
        return new IngestedTweet(tweet.Id, tweet.XId, tweet.Kind, account?.Id, account?.NgoId, campaigns, sessions, ngoIds);
    }
}

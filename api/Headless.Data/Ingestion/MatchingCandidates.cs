using Headless.Domain.Campaigns;
using Headless.Domain.LiveSessions;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Ingestion;

/// <summary>The campaigns, sessions and accounts a batch of tweets can match, loaded once per batch.</summary>
internal sealed record MatchingCandidates(
    IReadOnlyList<Campaign> Campaigns,
    IReadOnlyList<LiveSession> Sessions,
    IReadOnlyDictionary<string, (Guid Id, Guid NgoId)> AccountsByXUserId,
    IReadOnlyDictionary<string, (IReadOnlyList<Guid> Campaigns, IReadOnlyList<Guid> Sessions)> Conversations)
{
    public static async Task<MatchingCandidates> LoadAsync(HeadlessDbContext db, IReadOnlyList<Domain.Tweets.TweetData> tweets, CancellationToken cancellationToken)
    {
        var from = tweets.Min(t => t.CreatedAt);
        var to = tweets.Max(t => t.CreatedAt);
        var campaigns = await db.Campaigns.Include(c => c.Hashtags).AsSplitQuery()
            .Where(c => c.PublishedAt != null && c.ArchivedAt == null && c.StartsAt <= to && c.EndsAt > from)
            .ToListAsync(cancellationToken);
        var sessions = await db.LiveSessions.Include(s => s.Hashtags).Include(s => s.Accounts).AsSplitQuery()
            .Where(s => s.ScheduledStartAt <= to.AddDays(1) && (s.EndedAt == null || s.EndedAt >= from))
            .ToListAsync(cancellationToken);
        var authors = tweets.Select(t => t.AuthorXId).Distinct().ToList();
        var accounts = await db.Accounts.Where(a => a.XUserId != null && authors.Contains(a.XUserId))
            .Select(a => new { a.XUserId, a.Id, a.NgoId }).ToListAsync(cancellationToken);

        // Replies join the campaign or session of the conversation they answer, even without its hashtag.
        var conversationIds = tweets.Where(t => t.ConversationXId != null && t.ConversationXId != t.XId).Select(t => t.ConversationXId!).Distinct().ToList();
        var roots = await db.Tweets.Where(t => conversationIds.Contains(t.XId))
            .Select(t => new
            {
                t.XId,
                Campaigns = db.CampaignTweets.Where(l => l.TweetId == t.Id).Select(l => l.CampaignId).ToList(),
                Sessions = db.LiveSessionTweets.Where(l => l.TweetId == t.Id).Select(l => l.LiveSessionId).ToList(),
            })
            .ToListAsync(cancellationToken);

        return new MatchingCandidates(
            campaigns,
            sessions,
            accounts.ToDictionary(a => a.XUserId!, a => (a.Id, a.NgoId)),
            roots.ToDictionary(r => r.XId, r => ((IReadOnlyList<Guid>)r.Campaigns, (IReadOnlyList<Guid>)r.Sessions)));
    }
}

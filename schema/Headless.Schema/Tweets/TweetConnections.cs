using GraphQL;
using Headless.Data;
using Headless.Domain.Tweets;
using Headless.GraphQL.Relay;
using Headless.Schema.Common;

namespace Headless.Schema.Tweets;

/// <summary>Tweet feeds, newest first, read through the link tables' (owner, created-at) indexes.</summary>
internal static class TweetConnections
{
    public static Task<Connection<Tweet>> ByCampaignAsync(IResolveFieldContext context, Guid campaignId) =>
        BuildAsync(context, db => db.Tweets.Where(t => db.CampaignTweets.Any(l => l.CampaignId == campaignId && l.TweetId == t.Id)));

    public static Task<Connection<Tweet>> BySessionAsync(IResolveFieldContext context, Guid sessionId) =>
        BuildAsync(context, db => db.Tweets.Where(t => db.LiveSessionTweets.Any(l => l.LiveSessionId == sessionId && l.TweetId == t.Id)));

    public static Task<Connection<Tweet>> ByAccountAsync(IResolveFieldContext context, Guid accountId) =>
        BuildAsync(context, db => db.Tweets.Where(t => t.AccountId == accountId));

    public static Task<Connection<Tweet>> ByNgoAsync(IResolveFieldContext context, Guid ngoId) =>
        BuildAsync(context, db => db.Tweets.Where(t => db.Accounts.Any(a => a.NgoId == ngoId && a.Id == t.AccountId)));

    private static Task<Connection<Tweet>> BuildAsync(IResolveFieldContext context, Func<HeadlessDbContext, IQueryable<Tweet>> source)
    {
        var filter = context.GetArgument<TweetFilter?>("filter");
        return QueryableConnection.BuildAsync(context, db =>
        {
            var tweets = source(db);
            if (filter?.Kinds is { Count: > 0 } kinds)
            {
                tweets = tweets.Where(t => kinds.Contains(t.Kind));
            }

            if (filter?.Since is { } since)
            {
                var from = DateTime.SpecifyKind(since.ToUniversalTime(), DateTimeKind.Utc);
                tweets = tweets.Where(t => t.CreatedAt >= from);
            }

            return tweets.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.XId);
        });
    }
}

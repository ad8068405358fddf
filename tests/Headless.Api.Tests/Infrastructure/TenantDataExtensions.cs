using Headless.Domain.Accounts;
using Headless.Domain.Campaigns;
using Headless.Domain.LiveSessions;
using Headless.Domain.Ngos;
using Headless.Domain.Tweets;

namespace Headless.Api.Tests.Infrastructure;

/// <summary>
/// Builds tenants with the exact slugs, handles and times a test names, for pages whose snapshot shows
/// them. Each test runs its own host over its own database, so fixed names never collide.
/// </summary>
public static class TenantDataExtensions
{
    public static async Task<Ngo> NgoAsync(this TestData data, NgoDetails details)
    {
        ArgumentNullException.ThrowIfNull(data);
        var ngo = Ngo.Create(details, data.Now);
        await data.AddAsync(ngo);
        return ngo;
    }

    public static async Task<TwitterAccount> AccountAsync(this TestData data, Ngo ngo, AccountDetails details, TwitterAccount? parent = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ngo);
        var account = TwitterAccount.Create(ngo.Id, details, data.Now);
        if (parent is not null)
        {
            account.MoveUnder(parent, new AccountStaircase(ngo.Id, [parent, account]));
        }

        await data.AddAsync(account);
        return account;
    }

    /// <summary>A session, scheduled unless <paramref name="startedAt"/> is given, ended when <paramref name="endedAt"/> is.</summary>
    public static async Task<LiveSession> LiveSessionAsync(
        this TestData data, Ngo ngo, LiveSessionDetails details, IEnumerable<TwitterAccount> accounts, DateTime? startedAt = null, DateTime? endedAt = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ngo);
        var session = LiveSession.Create(ngo.Id, details, data.Now);
        session.SetAccounts(accounts);
        if (startedAt is not null)
        {
            session.RestoreTimes(startedAt, endedAt);
        }

        await data.AddAsync(session);
        return session;
    }

    /// <summary>Stores a tweet, written by one of the NGO's accounts when given, and links it to a campaign or session.</summary>
    public static async Task<Tweet> RecordTweetAsync(
        this TestData data, TweetData tweetData, TwitterAccount? account = null, Campaign? campaign = null, LiveSession? session = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var tweet = Tweet.From(tweetData, account?.Id, data.Now);
        var entities = new List<object> { tweet };
        if (campaign is not null)
        {
            entities.Add(new CampaignTweet(campaign.Id, tweet.Id, tweet.CreatedAt));
        }

        if (session is not null)
        {
            entities.Add(new LiveSessionTweet(session.Id, tweet.Id, tweet.CreatedAt));
        }

        await data.AddAsync([.. entities]);
        return tweet;
    }
}

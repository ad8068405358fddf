using Headless.Data;
using Headless.Domain.Accounts;
using Headless.Domain.Campaigns;
using Headless.Domain.Common;
using Headless.Domain.Donations;
using Headless.Domain.LiveSessions;
using Headless.Domain.Ngos;
using Headless.Domain.Tiers;
using Headless.Domain.Tweets;

namespace Headless.Api.Tests.Infrastructure;

/// <summary>Creates each test's own tenant and data through the domain, with unique slugs and handles.</summary>
public sealed class TestData(HeadlessDbContextFactory contexts, DateTime now)
{
    public static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 10, 32)];

    public async Task<Ngo> NgoAsync(string? name = null)
    {
        var slug = Unique("ngo-");
        var ngo = Ngo.Create(new NgoDetails(slug, name ?? $"NGO {slug}", "A test NGO.", "https://example.org", "FR", "EUR", null), now);
        await SaveAsync(db => db.Ngos.Add(ngo));
        return ngo;
    }

    public async Task<TwitterAccount> AccountAsync(Ngo ngo, AccountRole role, TwitterAccount? parent = null, string? xUserId = null)
    {
        var account = TwitterAccount.Create(ngo.Id, new AccountDetails(Unique("a"), $"Account {role}", role, "Region", xUserId), now);
        if (parent is not null)
        {
            account.MoveUnder(parent, new AccountStaircase(ngo.Id, [parent, account]));
        }

        await SaveAsync(db => db.Accounts.Add(account));
        return account;
    }

    public async Task<Campaign> CampaignAsync(Ngo ngo, int phases = 0, int tiers = 0, bool published = true, int startDaysAgo = 5, int endDaysAhead = 10, string? hashtag = null)
    {
        var campaign = Campaign.Create(ngo.Id, new CampaignDetails(
            Unique("c-"),
            $"Campaign {Guid.NewGuid():N}"[..20],
            "A summary.",
            "A description.",
            CampaignGoal.ForAmount(new Money(1000m, "EUR")),
            now.AddDays(-startDaysAgo),
            now.AddDays(endDaysAhead),
            [hashtag ?? Unique("tag")]), now);
        var span = (campaign.EndsAt - campaign.StartsAt) / Math.Max(phases, 1);
        for (var i = 0; i < phases; i++)
        {
            campaign.AddPhase(new PhaseDetails($"Phase {i + 1}", campaign.StartsAt + (span * i), campaign.StartsAt + (span * (i + 1)), null));
        }

        if (published)
        {
            campaign.Publish(now.AddDays(-startDaysAgo));
        }

        var tierList = Enumerable.Range(0, tiers).Select(i => DonationTier.Create(campaign.Id, new TierDetails(
            $"Tier {i}", null, i % 2 == 0 ? "A thank-you card" : null, TierAmountType.Flexible, null, 1m, null, [5m, 10m], i == 1 ? 10 : null, null, i))).ToList();
        await SaveAsync(db =>
        {
            db.Campaigns.Add(campaign);
            db.Tiers.AddRange(tierList);
        });
        return campaign;
    }

    public async Task<Donation> DonationAsync(Campaign campaign, decimal amount, string? donor = "Camille", DonationTier? tier = null)
    {
        var donation = Donation.Record(campaign, new DonationDetails(
            new Money(amount, campaign.Currency), DonationPlatform.Helloasso, Unique("ref-"), tier?.Id, donor, donor is null, now.AddHours(-1)), now);
        await SaveAsync(db => db.Donations.Add(donation));
        return donation;
    }

    public async Task<LiveSession> SessionAsync(Ngo ngo, IEnumerable<TwitterAccount> accounts, bool started = true)
    {
        var session = LiveSession.Create(ngo.Id, new LiveSessionDetails(Unique("s-"), "Field report", "Live from the field.", [Unique("live")], "Dakar, Senegal", 14.7167, -17.4677, now.AddHours(-2)), now);
        session.SetAccounts(accounts);
        if (started)
        {
            session.Start(now.AddHours(-2));
        }

        await SaveAsync(db => db.LiveSessions.Add(session));
        return session;
    }

    public async Task<Tweet> TweetAsync(TwitterAccount? author, string text, TweetKind kind = TweetKind.Original, DateTime? at = null, Guid? campaignId = null, Guid? sessionId = null, string? referencedTweetXId = null, string? referencedAuthorXId = null)
    {
        var xId = Random.Shared.NextInt64(1_000_000_000_000_000_000, long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var data = new TweetData(xId, author?.XUserId ?? "3000000001", author?.Handle ?? "someone", author?.DisplayName, text, at ?? now.AddMinutes(-10), "en",
            [], [], kind, referencedTweetXId, referencedAuthorXId, xId, TweetMetrics.None, null, null);
        var tweet = Tweet.From(data, author?.Id, now);
        await SaveAsync(db =>
        {
            db.Tweets.Add(tweet);
            if (campaignId is { } c)
            {
                db.CampaignTweets.Add(new CampaignTweet(c, tweet.Id, tweet.CreatedAt));
            }

            if (sessionId is { } s)
            {
                db.LiveSessionTweets.Add(new LiveSessionTweet(s, tweet.Id, tweet.CreatedAt));
            }
        });
        return tweet;
    }

    /// <summary>The fixed time the data is created at (the host's clock at start).</summary>
    public DateTime Now => now;

    /// <summary>Saves entities a test shaped itself (a tier with places taken, a refunded donation...).</summary>
    public Task AddAsync(params object[] entities) => SaveAsync(db => db.AddRange(entities));

    private async Task SaveAsync(Action<HeadlessDbContext> change)
    {
        await using var db = contexts.CreateDbContext();
        change(db);
        await db.SaveChangesAsync();
    }
}

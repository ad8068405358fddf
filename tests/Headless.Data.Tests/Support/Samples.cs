using Headless.Domain.Accounts;
using Headless.Domain.Campaigns;
using Headless.Domain.Common;
using Headless.Domain.Donations;
using Headless.Domain.Ngos;
using Headless.Domain.Tiers;
using Headless.Domain.Tweets;

namespace Headless.Data.Tests.Support;

/// <summary>Valid domain objects with only what a test varies as parameters.</summary>
public static class Samples
{
    public static Ngo Ngo(string slug) =>
        Domain.Ngos.Ngo.Create(
            new NgoDetails(slug, $"NGO {slug}", "Helps people.", "https://example.org", "FR", "EUR", "https://example.org/logo.png"),
            TestTimes.Now);

    public static TwitterAccount Account(Guid ngoId, string handle, AccountRole role = AccountRole.Regional, string? xUserId = null) =>
        TwitterAccount.Create(ngoId, new AccountDetails(handle, $"Account {handle}", role, "West Africa", xUserId), TestTimes.Now);

    public static Campaign Campaign(Guid ngoId, string slug, decimal goal = 10_000m, params string[] hashtags) =>
        Domain.Campaigns.Campaign.Create(
            ngoId,
            new CampaignDetails(
                slug,
                $"Campaign {slug}",
                "Short summary",
                "Long description",
                CampaignGoal.ForAmount(new Money(goal, "EUR")),
                TestTimes.CampaignStart,
                TestTimes.CampaignEnd,
                hashtags.Length == 0 ? ["PerfectGift"] : hashtags),
            TestTimes.Now);

    public static PledgeMatchingRuleDetails PledgeRule(decimal perRetweet = 1m, decimal perReply = 0.5m, decimal cap = 10_000m) =>
        new("Sponsor Inc.", perRetweet, perReply, 0.25m, cap, OncePerAuthor: true, TestTimes.CampaignStart.AddDays(1), TestTimes.CampaignEnd.AddDays(-1));

    public static DonationTier FlexibleTier(Guid campaignId, decimal minimum, decimal? maximum, IReadOnlyList<decimal> presets, int? maxQuantity = null) =>
        DonationTier.Create(
            campaignId,
            new TierDetails("Supporter", "Any amount helps.", "A thank-you card", TierAmountType.Flexible, null, minimum, maximum, presets, maxQuantity, TestTimes.CampaignEnd, 1));

    public static DonationTier FixedTier(Guid campaignId, decimal amount, int? maxQuantity = null) =>
        DonationTier.Create(
            campaignId,
            new TierDetails("Patron", null, "A signed poster", TierAmountType.Fixed, amount, null, null, [], maxQuantity, null, 2));

    public static Donation Donation(
        Campaign campaign,
        decimal amount,
        string externalReference,
        DonationPlatform platform = DonationPlatform.Helloasso,
        Guid? tierId = null) =>
        Domain.Donations.Donation.Record(
            campaign,
            new DonationDetails(new Money(amount, campaign.Currency), platform, externalReference, tierId, "Camille", Anonymous: false, TestTimes.Now.AddHours(-1)),
            TestTimes.Now);

    public static PledgeEngagement Pledge(Campaign campaign, string tweetXId, string authorXId, EngagementKind kind, IReadOnlyCollection<PledgeEngagement>? counted = null) =>
        PledgeMatcher.Match(campaign.Id, campaign.MatchingRule!, new Engagement(tweetXId, authorXId, kind, TestTimes.Now), counted ?? [])
            ?? throw new InvalidOperationException("The sample engagement did not count toward the pledge.");

    public static Tweet Tweet(string xId, Guid? accountId = null, TweetKind kind = TweetKind.Original) =>
        Domain.Tweets.Tweet.From(
            new TweetData(
                xId,
                "1001",
                "PlanAsia",
                "Plan Asia",
                "Live from the field #PerfectGift @PlanGlobal",
                TestTimes.Now.AddMinutes(-5),
                "en",
                ["#PerfectGift", "Japan"],
                ["@PlanGlobal", "RedCross"],
                kind,
                kind == TweetKind.Original ? null : "900",
                kind == TweetKind.Original ? null : "1002",
                "900",
                new TweetMetrics(12, 3, 40, 1, 5_000_000_000L),
                35.6762,
                139.6503),
            accountId,
            TestTimes.Now);
}

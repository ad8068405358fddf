using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Accounts;
using Headless.Domain.Campaigns;
using Headless.Domain.Common;
using Headless.Domain.Ngos;
using Headless.Domain.Tiers;
using Headless.Domain.Tweets;

namespace Headless.Api.Tests.Campaigns;

/// <summary>
/// A live campaign with everything its public page shows, built at fixed times around
/// <see cref="HeadlessApiFactory.Now"/> so the page is the same on every run and every database.
/// </summary>
public static class CampaignPageScenario
{
    public const string NgoSlug = "helping-hands";
    public const string Slug = "winter-appeal";

    public const string Query = """
        query CampaignPage($ngo: String!, $slug: String!) {
          campaign(ngoSlug: $ngo, slug: $slug) {
            id slug title summary description status currency startsAt endsAt publishedAt archivedAt hashtags
            ngo { id slug name }
            goal { type amount { amount currency } donors }
            phases { totalCount nodes { id name startsAt endsAt relaunchMessage } }
            currentPhase { id name }
            donationLinks { totalCount nodes { id platform url label } }
            matchingRule {
              sponsorName perRetweet { amount currency } perReply { amount currency } perQuote { amount currency }
              cap { amount currency } oncePerAuthor startsAt endsAt matchedAmount { amount currency }
            }
            progress {
              raised { amount currency } matched { amount currency } total { amount currency }
              donorCount percentage remainingSeconds currentPhase { name }
            }
            tiers {
              totalCount
              nodes {
                id name description reward amountType amount { amount currency } minimumAmount { amount currency }
                maximumAmount { amount currency } presets { amount currency } maxQuantity availableQuantity endsAt sortOrder availability
              }
            }
            donations { totalCount nodes { id amount { amount currency } platform donorName isAnonymous receivedAt tier { name } } }
            updates { totalCount nodes { id title body publishedAt createdAt tweetUrl } }
            expenses { totalCount nodes { id category description amount { amount currency } spentOn } }
            expensesTotal { amount currency }
            tweets { totalCount nodes { id xId url text kind authorHandle createdAt account { handle } } }
          }
        }
        """;

    public static object Variables => new { ngo = NgoSlug, slug = Slug };

    public static async Task BuildAsync(TestData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var now = data.Now;
        var ngo = await data.NgoAsync(new NgoDetails(NgoSlug, "Helping Hands", "Meals and shelter.", "https://helping-hands.example.org", "FR", "EUR", null));
        var hub = await data.AccountAsync(ngo, new AccountDetails("HelpingHands", "Helping Hands", AccountRole.Hub, "France", "1000000001"));
        var startsAt = now.AddDays(-10);
        var campaign = await data.CampaignAsync(ngo.Id, new CampaignDetails(
            Slug, "Winter Appeal", "Warm meals for the winter.", "Every euro buys a hot meal.",
            CampaignGoal.ForAmount(new Money(1000m, "EUR")), startsAt, now.AddDays(20), ["WinterAppeal", "HelpingHands"]), c =>
        {
            c.AddPhase(new PhaseDetails("Launch", startsAt, startsAt.AddDays(10), "The #WinterAppeal starts today!"));
            c.AddPhase(new PhaseDetails("Relaunch", startsAt.AddDays(10), startsAt.AddDays(20), "Halfway there: keep sharing!"));
            c.AddPhase(new PhaseDetails("Last days", startsAt.AddDays(20), startsAt.AddDays(30), null));
            c.AddDonationLink(DonationPlatform.Helloasso, "https://www.helloasso.com/helping-hands/winter-appeal", "Give on HelloAsso");
            c.SetMatchingRule(new PledgeMatchingRuleDetails("Acme Foundation", 1m, 0.5m, 0m, 5m, false, startsAt, now.AddDays(20)));
            c.Publish(startsAt);
        });

        // 4 retweets and 2 replies reach the 5.00 cap exactly; the last reply is past it.
        await data.EngagementsAsync(campaign, Enumerable.Range(1, 7).Select(i => new Engagement(
            $"19000000000000001{i:00}", $"30000000{i:00}", i <= 4 ? EngagementKind.Retweet : EngagementKind.Reply, now.AddHours(-i))));

        var supporter = await data.TierAsync(campaign, new TierDetails("Supporter", "Give what you can.", null, TierAmountType.Flexible, null, 5m, null, [10m, 25m, 50m], null, null, 0));
        var blanket = await data.TierAsync(campaign, new TierDetails("Blanket pack", null, "A thank-you postcard", TierAmountType.Fixed, 25m, null, null, [], 2, null, 1), claimed: 2);
        await data.TierAsync(campaign, new TierDetails("Early bird", null, null, TierAmountType.Fixed, 15m, null, null, [], null, now.AddDays(-1), 2));
        await data.TierAsync(campaign, new TierDetails("Retired", null, null, TierAmountType.Fixed, 40m, null, null, [], null, null, 3), archived: true);

        await data.RecordDonationAsync(campaign, 12.50m, "Camille", now.AddHours(-2), supporter);
        await data.RecordDonationAsync(campaign, 25m, null, now.AddDays(-3), blanket);
        await data.RecordDonationAsync(campaign, 25m, "Jules", now.AddDays(-4), blanket);
        await data.RecordDonationAsync(campaign, 100.25m, "Rita", now.AddDays(-1), refunded: true);
        await data.RecordDonationAsync(campaign, 7.75m, "Lou", now.AddHours(-1));

        await data.UpdateAsync(campaign, "Halfway there", "500 meals served.", now.AddDays(-2), now.AddDays(-1));
        await data.UpdateAsync(campaign, "First week", "The vans are on the road.", now.AddDays(-6), now.AddDays(-5), "https://x.com/HelpingHands/status/1900000000000000003");
        await data.UpdateAsync(campaign, "Next steps", "Not ready to share yet.", now.AddHours(-1), publishedAt: null);

        await data.ExpenseAsync(campaign, "Food", "Hot meals", 120.40m, now.AddDays(-3));
        await data.ExpenseAsync(campaign, "Logistics", "Van rental", 80.10m, now.AddDays(-1));

        var launch = await data.RecordTweetAsync(TweetFactory.Data("1900000000000000001", hub, "Our #WinterAppeal starts today", now.AddDays(-10)), hub, campaign);
        await data.RecordTweetAsync(TweetFactory.Data("1900000000000000002", null, "RT @HelpingHands: Our #WinterAppeal starts today", now.AddDays(-9), TweetKind.Retweet, launch), campaign: campaign);
        await data.RecordTweetAsync(TweetFactory.Data("1900000000000000003", hub, "Halfway there! #WinterAppeal", now.AddHours(-1)), hub, campaign);
        await data.RecordTweetAsync(TweetFactory.Data("1900000000000000004", null, "Shared with my family #WinterAppeal", now.AddMinutes(-30), TweetKind.Reply, launch), campaign: campaign);
    }
}

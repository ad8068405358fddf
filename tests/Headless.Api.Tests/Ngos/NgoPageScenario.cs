using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Accounts;
using Headless.Domain.Campaigns;
using Headless.Domain.Common;
using Headless.Domain.Ngos;
using Headless.Domain.Tweets;

namespace Headless.Api.Tests.Ngos;

/// <summary>
/// An NGO with a three-level staircase whose hub retweets some of its accounts' originals:
/// <code>
/// HelpingHands (hub)
/// ├── HelpingNorth (regional): 3 originals, 2 of them retweeted by the hub (one twice)
/// │   ├── HelpingLille (local): 1 original retweeted by the hub, 1 reply
/// │   └── HelpingRoubaix (local): nothing yet
/// └── HelpingSouth (regional): 1 original, and a retweet of one of North's originals
///     └── MarieVolunteer (ambassador)
/// </code>
/// </summary>
public static class NgoPageScenario
{
    public const string Slug = "helping-hands";

    public const string Query = """
        query NgoPage($slug: String!) {
          ngo(slug: $slug) {
            id slug name description website country defaultCurrency logoUrl createdAt
            hub {
              ...Account
              children {
                totalCount
                nodes {
                  ...Account
                  children { totalCount nodes { ...Account parent { handle } hub { handle } } }
                }
              }
            }
            accounts { totalCount nodes { handle } }
            campaigns { totalCount nodes { slug title status } }
            tweets(first: 3) { totalCount nodes { xId kind authorHandle } }
          }
        }
        fragment Account on TwitterAccount {
          id handle url xUserId displayName role region
          amplification { tweetCount originalCount amplifiedByHubCount amplificationRate retweetsOfOthersCount }
        }
        """;

    public static object Variables => new { slug = Slug };

    public static async Task BuildAsync(TestData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var now = data.Now;
        var ngo = await data.NgoAsync(new NgoDetails(Slug, "Helping Hands", "Meals and shelter.", "https://helping-hands.example.org", "FR", "EUR", "https://helping-hands.example.org/logo.png"));
        var hub = await data.AccountAsync(ngo, new AccountDetails("HelpingHands", "Helping Hands", AccountRole.Hub, "France", "1000000001"));
        var north = await data.AccountAsync(ngo, new AccountDetails("HelpingNorth", "Helping Hands North", AccountRole.Regional, "North", "1000000002"), hub);
        var south = await data.AccountAsync(ngo, new AccountDetails("HelpingSouth", "Helping Hands South", AccountRole.Regional, "South", "1000000003"), hub);
        var lille = await data.AccountAsync(ngo, new AccountDetails("HelpingLille", "Helping Hands Lille", AccountRole.Local, "Lille", "1000000004"), north);
        await data.AccountAsync(ngo, new AccountDetails("HelpingRoubaix", "Helping Hands Roubaix", AccountRole.Local, "Roubaix", "1000000005"), north);
        await data.AccountAsync(ngo, new AccountDetails("MarieVolunteer", "Marie, volunteer", AccountRole.Ambassador, "Marseille", "1000000006"), south);

        var n1 = await Original(data, "1910000000000000001", north, now.AddHours(-10));
        var n2 = await Original(data, "1910000000000000002", north, now.AddHours(-9));
        var n3 = await Original(data, "1910000000000000003", north, now.AddHours(-8));
        var l1 = await Original(data, "1910000000000000004", lille, now.AddHours(-7));
        await data.RecordTweetAsync(TweetFactory.Data("1910000000000000005", lille, "Thanks!", now.AddHours(-6), TweetKind.Reply, l1), lille);
        await Original(data, "1910000000000000006", south, now.AddHours(-5));
        await Retweet(data, "1910000000000000007", south, n3, now.AddHours(-4));
        await Retweet(data, "1910000000000000008", hub, n1, now.AddHours(-3));
        await Retweet(data, "1910000000000000009", hub, n2, now.AddHours(-2));
        await Retweet(data, "1910000000000000010", hub, n1, now.AddHours(-1));
        await Retweet(data, "1910000000000000011", hub, l1, now.AddMinutes(-30));

        var window = (now.AddDays(-1), now.AddDays(9));
        await data.CampaignAsync(ngo.Id, Campaign("winter-appeal", "Winter Appeal", window), c => c.Publish(now.AddDays(-1)));
        await data.CampaignAsync(ngo.Id, Campaign("spring-plans", "Spring plans (draft)", window));
    }

    private static CampaignDetails Campaign(string slug, string title, (DateTime Start, DateTime End) window) =>
        new(slug, title, null, null, CampaignGoal.ForAmount(new Money(500m, "EUR")), window.Start, window.End, [slug.Replace("-", "_", StringComparison.Ordinal)]);

    private static Task<Tweet> Original(TestData data, string xId, TwitterAccount author, DateTime at) =>
        data.RecordTweetAsync(TweetFactory.Data(xId, author, $"News from @{author.Handle}", at), author);

    private static Task<Tweet> Retweet(TestData data, string xId, TwitterAccount author, Tweet original, DateTime at) =>
        data.RecordTweetAsync(TweetFactory.Data(xId, author, $"RT @{original.AuthorHandle}: {original.Text}", at, TweetKind.Retweet, original), author);
}
